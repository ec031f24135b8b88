import { registerProjectModules } from '../build/project-modules.ts';

registerProjectModules();
const { runAudioFacts } = await import('./run-audio-facts.ts');
process.exitCode = await runAudioFacts({ args: process.argv.slice(2) });
