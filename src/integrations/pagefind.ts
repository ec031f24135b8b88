import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function failOn(step: string, errors: readonly string[]) {
  if (errors.length) throw new SearchIndexError(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Builds the full-text search index over dist/ after every build: the one place
 * Pagefind runs, so a failing step fails the build instead of shipping a site
 * whose search silently finds nothing. Words are stemmed by the language of
 * `<html lang>`, and only elements marked `data-pagefind-body` (the episode
 * articles) are indexed.
 * @see https://pagefind.app/docs/node-api/
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          failOn('start', errors);
          if (!index) throw new SearchIndexError('Pagefind could not start: it returned no index.');
          const added = await index.addDirectory({ path: site });
          failOn(`index the pages in ${site}`, added.errors);
          if (added.page_count === 0) {
            throw new SearchIndexError(`Pagefind found no pages to index in ${site}.`);
          }
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          failOn(`write the index to ${site}pagefind`, written.errors);
          logger.info(`indexed ${added.page_count} page(s) for search into ${site}pagefind`);
        } finally {
          await close();
        }
      },
    },
  };
}
