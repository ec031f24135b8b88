import { close, createIndex } from 'pagefind';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function failOn(step: string, errors: readonly string[]) {
  if (errors.length) throw new SearchIndexError(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Builds the full-text search index over a built site: the one place Pagefind
 * runs, so a failing step fails the build instead of shipping a site whose search
 * silently finds nothing. Words are stemmed by the language of `<html lang>`, and
 * only elements marked `data-pagefind-body` (the episode articles) are indexed.
 * It runs after `astro build` has exited rather than in a build hook, so the
 * indexer's memory (about 1.2 GB for 1,000 long transcripts) never adds to Astro's.
 * @see https://pagefind.app/docs/node-api/
 */
export async function indexSite(site: string): Promise<number> {
  const dir = site.endsWith('/') ? site : `${site}/`;
  try {
    const { index, errors } = await createIndex({});
    failOn('start', errors);
    if (!index) throw new SearchIndexError('Pagefind could not start: it returned no index.');
    const added = await index.addDirectory({ path: dir });
    failOn(`index the pages in ${dir}`, added.errors);
    if (added.page_count === 0) {
      throw new SearchIndexError(`Pagefind found no pages to index in ${dir}; run \`astro build\` first.`);
    }
    const written = await index.writeFiles({ outputPath: `${dir}pagefind` });
    failOn(`write the index to ${dir}pagefind`, written.errors);
    return added.page_count;
  } finally {
    await close();
  }
}
