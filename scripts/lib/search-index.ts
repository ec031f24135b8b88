import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { searchRecords } from './search-records.ts';
import { listPages } from './site-pages.ts';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

export interface IndexedSite {
  /** Pages with searchable content. */
  pages: number;
  /** Records Pagefind indexed: a few chapters each. */
  records: number;
}

/**
 * About three chapters of an hour-long episode: small enough that a result
 * costs a few KB to show, large enough that 1,000 episodes do not make the
 * list of records every first search loads (about 8 bytes each) outweigh it.
 * Measured with `npm run bench`; see docs/search.md.
 */
const WORDS_PER_RECORD = 1400;

/**
 * Postings per index chunk. Pagefind's default makes chunks of about 40 KB
 * on a large archive, and a query loads the chunks its words fall into.
 * Smaller chunks cost a longer chunk list in the metadata every first search
 * loads. Pagefind reads this only from the environment and calls it unstable,
 * so package.json pins Pagefind's exact version.
 */
const INDEX_CHUNK_SIZE = '1000';

/** Records in pending `addHTMLFile` calls before waiting: the indexer runs in its own process while we split the next pages. */
const RECORDS_IN_FLIGHT = 32;

function failOn(step: string, errors: readonly string[]) {
  if (errors.length) throw new SearchIndexError(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Builds the full-text search index over a built site: the one place Pagefind
 * runs, so a failing step fails the build instead of shipping a site whose search
 * silently finds nothing. Words are stemmed by the language of `<html lang>`, and
 * only elements marked `data-pagefind-body` (the episode articles) are indexed,
 * split into records of a few chapters (scripts/lib/search-records.ts).
 * It runs after `astro build` has exited rather than in a build hook, so the
 * indexer's memory (about 1.3 GB for 1,000 long transcripts) never adds to Astro's.
 * @see https://pagefind.app/docs/node-api/
 */
export async function indexSite(site: string): Promise<IndexedSite> {
  const dir = site.endsWith('/') ? site : `${site}/`;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = INDEX_CHUNK_SIZE;
  try {
    const { index, errors } = await createIndex({});
    failOn('start', errors);
    if (!index) throw new SearchIndexError('Pagefind could not start: it returned no index.');
    let pages = 0;
    let records = 0;
    let inFlight: Promise<void>[] = [];
    for (const { file, url } of listPages(dir)) {
      const html = readFileSync(join(dir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const pageRecords = searchRecords(html, url, { wordsPerRecord: WORDS_PER_RECORD });
      if (pageRecords.length === 0) continue;
      pages++;
      records += pageRecords.length;
      for (const record of pageRecords) {
        inFlight.push(index.addHTMLFile({ url: record.url, content: record.html }).then((added) => failOn(`index ${record.url} (from ${file})`, added.errors)));
      }
      if (inFlight.length >= RECORDS_IN_FLIGHT) {
        await Promise.all(inFlight);
        inFlight = [];
      }
    }
    await Promise.all(inFlight);
    if (pages === 0) throw new SearchIndexError(`Pagefind found no pages to index in ${dir}; run \`astro build\` first.`);
    // Files of an earlier index would stay beside the new ones: Pagefind names them by content hash.
    rmSync(`${dir}pagefind`, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: `${dir}pagefind` });
    failOn(`write the index to ${dir}pagefind`, written.errors);
    return { pages, records };
  } finally {
    await close();
  }
}
