/**
 * Draws episodes' share images into the build cache while Astro builds, in a
 * process of its own on the machine's other core: drawing 1,000 of them took 25 s
 * of a cold build's 38 s of rendering on one core. The images Astro's route
 * (src/pages/og/[slug].png.ts) finds in the cache it does not draw again; Astro
 * asks for them newest first, so this step draws oldest first, and the two
 * meet in the middle. Astro stays the one that fails on a bad image: this step
 * stops quietly, since anything it left undrawn Astro draws itself. It also
 * stops, after the image it is drawing, when its standard input closes: the
 * build closes it once Astro is done.
 * Usage: node build/draw-share-images.ts <share images file from build/check-content-step.ts>
 */
import { readFileSync } from 'node:fs';
import { registerProjectModules } from './project-modules.ts';
import type { ShareImageContent } from '../src/lib/sharing/share-content.ts';

registerProjectModules();
const { artworkDataUrl, ensureShareImage } = await import('../src/lib/sharing/share-image.ts');
const { artwork, images } = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { artwork: string; images: ShareImageContent[] };
let stopped = false;
process.stdin.on('close', () => (stopped = true)).resume();
try {
  const artworkImage = await artworkDataUrl(artwork);
  for (const content of images) {
    if (stopped) break;
    await ensureShareImage(content, artworkImage);
  }
} catch {
  process.exitCode = 1;
}
process.stdin.destroy();
