import { registerProjectModules } from '../build/project-modules.ts';

registerProjectModules();
const { runCheckFeed } = await import('./run-check-feed.ts');
process.exitCode = runCheckFeed({ args: process.argv.slice(2) });
