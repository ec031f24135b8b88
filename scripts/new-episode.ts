import { registerProjectModules } from './lib/project-modules.ts';

registerProjectModules();
const { runNewEpisode } = await import('./lib/run-new-episode.ts');
process.exitCode = runNewEpisode({ args: process.argv.slice(2) });
