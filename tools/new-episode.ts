import { registerProjectModules } from '../build/project-modules.ts';

registerProjectModules();
const { runNewEpisode } = await import('./run-new-episode.ts');
process.exitCode = runNewEpisode({ args: process.argv.slice(2) });
