/**
 * The build's first step, in a process of its own: checks content/ and the
 * settings (build/check-content.ts) and writes to the first file named on the
 * command line what the later steps need of each episode, and to the second
 * what the share image of each published episode shows, oldest first
 * (build/draw-share-images.ts). The parent process, which waits while Astro
 * builds, so holds none of the content, its schemas or its parsers: 160 MB less
 * at the build's peak.
 */
import { registerProjectModules } from './project-modules.ts';
import { writeFileAtomic } from './atomic-write.ts';
import type { EpisodeFiles } from './withhold-unpublished.ts';

registerProjectModules();
const { checkContent } = await import('./check-content.ts');
const { loadSettings } = await import('../src/lib/settings.ts');
const { isPublished } = await import('../src/lib/published.ts');
const { episodeShareContent } = await import('../src/lib/sharing/share-content.ts');
const { createTranslator, interfaceLanguageOf } = await import('../src/i18n/translate.ts');
const { problems, episodes } = checkContent(process.cwd());
if (problems.length) {
  console.error(
    `The content has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}; nothing was built and dist/ was left as it was:\n`,
  );
  console.error(problems.join('\n'));
  process.exit(1);
}
const handedOn: EpisodeFiles[] = episodes.map(({ data: { draft, published, audio, image } }) => ({
  draft,
  published,
  audio: { url: audio.url },
  image,
}));
writeFileAtomic(process.argv[2]!, JSON.stringify(handedOn));

const settings = loadSettings();
const t = createTranslator(interfaceLanguageOf(settings).language);
const now = new Date();
const shareImages = episodes
  .filter(({ data }) => isPublished(data, now))
  .sort((a, b) => a.data.published.getTime() - b.data.published.getTime())
  .map(({ data }) => episodeShareContent(data, settings, t));
writeFileAtomic(process.argv[3]!, JSON.stringify({ artwork: settings.artwork, images: shareImages }));
