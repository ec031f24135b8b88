import { registerProjectModules } from '../build/project-modules.ts';

registerProjectModules();
const { runImport } = await import('./run-import.ts');
process.exitCode = await runImport({ args: process.argv.slice(2) });
