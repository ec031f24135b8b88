import { registerProjectModules } from '../build/project-modules.ts';

registerProjectModules();
const { runTranscript } = await import('./run-transcript.ts');
process.exitCode = await runTranscript({ args: process.argv.slice(2) });
