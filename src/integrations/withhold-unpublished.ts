import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withheldPublicFiles } from '../lib/withheld-files';

/** Removes from dist/ the public files that only unpublished episodes use. */
export function withholdUnpublished(): AstroIntegration {
  return {
    name: 'withhold-unpublished',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = withheldPublicFiles();
        await Promise.all(files.map((path) => rm(new URL(`.${decodeURI(path)}`, dir), { force: true })));
        if (files.length) logger.info(`kept ${files.length} file(s) of unpublished episodes out of ${fileURLToPath(dir)}`);
      },
    },
  };
}
