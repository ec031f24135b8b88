import { createHash } from 'node:crypto';
import { slugify } from '../../src/lib/base/slug.ts';

/**
 * Artwork from the old feed is copied next to the content: a page that showed
 * it from the old host would send every visitor's address there before the
 * visitor agreed to anything, and the schema accepts only files under public/.
 */

export type ImageKind = 'jpg' | 'png';

/** Where imported images live on the site, and under public/ on disk. */
export const IMAGES_PATH = '/images';

/**
 * The format the bytes prove, never what the server or the file name claims:
 * only JPEG and PNG, the formats podcast apps accept for artwork.
 * @see https://podcasters.apple.com/support/896-artwork-requirements
 */
export function imageKindOf(bytes: Uint8Array): ImageKind | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return png.every((byte, index) => bytes[index] === byte) ? 'png' : undefined;
}

/**
 * A file name for the image at `url`, without extension: readable from the
 * address's last part, unique by a hash of the whole address. It depends on
 * the address alone, so a re-import finds the file it downloaded before
 * without asking the host again, and the episode's fingerprint stays the same.
 */
export function imageBaseName(url: string): string {
  const last = decodeURIComponentSafely(new URL(url).pathname.split('/').pop() ?? '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const readable = slugify(last.slice(0, 80)).slice(0, 40).replace(/-$/, '') || 'bild';
  return `${readable}-${createHash('sha256').update(url).digest('hex').slice(0, 10)}`;
}

function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** What became of one image: its path on the site, or why it is left out. */
export type LocalImage = { path: string } | { problem: string };

/** Makes the image at a web address local; the importer passes one that downloads, tests their own. */
export type ImageStore = (url: string) => Promise<LocalImage>;
