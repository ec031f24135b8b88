import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../quality/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/** Serves the built demo site once for all browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ has no built site: run `npm run build` before `npm run test:e2e` (`npm test` does both).');
  }
  const server = await serveStatic('dist');
  project.provide('siteUrl', server.url);
  return () => server.close();
}
