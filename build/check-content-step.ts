/**
 * The build's first step, in a process of its own: checks content/ and the
 * settings (build/check-content.ts) and writes to the file named on the command
 * line what the later steps need of each episode. The parent process, which
 * waits while Astro builds, so holds none of the content, its schemas or its
 * parsers: 160 MB less at the build's peak.
 */
import { registerProjectModules } from './project-modules.ts';
import { writeFileAtomic } from './atomic-write.ts';
import type { EpisodeFiles } from './withhold-unpublished.ts';

registerProjectModules();
const { checkContent } = await import('./check-content.ts');
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
