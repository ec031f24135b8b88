import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fileInFolder } from '../lib/base/public-path';
import { withheldPublicFiles } from '../lib/withheld-files';

/**
 * Removes from the build the public files that only unpublished episodes use.
 * Each path is resolved inside the build folder first, so no path in content,
 * however it is written, can make the build delete anything else.
 */
export function withholdUnpublished(): AstroIntegration {
  return {
    name: 'withhold-unpublished',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = withheldPublicFiles();
        await Promise.all(files.map((path) => rm(fileInFolder(outDir, path), { force: true })));
        if (files.length) logger.info(`kept ${files.length} file(s) of unpublished episodes out of ${outDir}`);
      },
    },
  };
}
