import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { OLDER_BUNDLE_DIR, SEARCH_BUNDLES_FILE, type SearchBundles } from '../src/lib/search/scope.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { bundleSplitter, newestFirst, publicationDay, type BundleName } from './search-bundles.ts';
import { searchRecords, type SearchRecord, type SearchRecordOptions } from './search-records.ts';
import { listPages } from './site-pages.ts';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

export interface IndexedSite {
  /** Pages with searchable content. */
  pages: number;
  /** Records Pagefind indexed: a few chapters each. */
  records: number;
  /** Pages in the newest bundle; the rest are in the older one. */
  newestPages: number;
}

export interface IndexOptions {
  /** Words the newest bundle holds before older episodes go to their own (src/lib/search/scope.ts). */
  newestWords?: number;
  /** Words after which a record of an episode closes at the next chapter (build/search-records.ts). */
  wordsPerRecord?: number;
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
 * loads. The older bundle is searched for rarer words only and holds most
 * chunks, so it takes larger ones: its chunk list shrinks by 7 KB at 1,000
 * episodes while a rare word's chunk grows by 2 KB. Pagefind reads this only
 * from the environment and calls it unstable, so package.json pins Pagefind's
 * exact version.
 */
const INDEX_CHUNK_SIZE: Record<BundleName, string> = { newest: '1000', older: '2000' };

/**
 * About 120 generated or 55 hour-long episodes: a word said in every one of
 * them then costs about 6 KB of index, so a next query stays within 25 KB
 * (measured with `npm run bench`; see docs/search.md).
 */
const NEWEST_WORDS = 500_000;

/** Records in pending `addHTMLFile` calls before waiting: the indexer runs in its own process while we split the next pages. */
const RECORDS_IN_FLIGHT = 32;

function failOn(step: string, errors: readonly string[]) {
  if (errors.length) throw new SearchIndexError(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/** A page's records; a failure names the page, since the parser's message alone does not say which episode stopped the build. */
function readPageRecords(dir: string, file: string, url: string, options: SearchRecordOptions): SearchRecord[] {
  try {
    return searchRecords(readFileSync(join(dir, file), 'utf8'), url, options);
  } catch (error) {
    throw new SearchIndexError(`Could not split ${url} (from ${file}) into search records: ${(error as Error).message}`, { cause: error });
  }
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof createIndex>>['index']>;

/** Pagefind's service process reads the chunk size from its environment when it starts, so each bundle gets a service of its own. */
async function startIndex(bundle: BundleName): Promise<PagefindIndex> {
  await close();
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = INDEX_CHUNK_SIZE[bundle];
  const { index, errors } = await createIndex({});
  failOn('start', errors);
  if (!index) throw new SearchIndexError('Pagefind could not start: it returned no index.');
  return index;
}

/**
 * Builds the full-text search index over a built site: the one place Pagefind
 * runs, so a failing step fails the build instead of shipping a site whose search
 * silently finds nothing. Words are stemmed by the language of `<html lang>`, and
 * only elements marked `data-pagefind-body` (the episode articles) are indexed,
 * split into records of a few chapters (build/search-records.ts). The
 * newest episodes go to `pagefind/`, older ones to `pagefind/older/`, and
 * `pagefind/search-bundles.json` tells the search page what each holds
 * (src/lib/search/scope.ts). The index is written beside `pagefind/` and
 * replaces it only when complete.
 * It runs after `astro build` has exited rather than in a build hook, so the
 * indexer's memory (about 1.3 GB for 1,000 long transcripts) never adds to Astro's.
 * @see https://pagefind.app/docs/node-api/
 */
export async function indexSite(
  site: string,
  { newestWords = NEWEST_WORDS, wordsPerRecord = WORDS_PER_RECORD }: IndexOptions = {},
): Promise<IndexedSite> {
  const dir = site.endsWith('/') ? site : `${site}/`;
  const output = `${dir}pagefind`;
  const partial = `${dir}pagefind.partial`;
  const bundleDir: Record<BundleName, string> = { newest: partial, older: `${partial}/${OLDER_BUNDLE_DIR}` };
  rmSync(partial, { recursive: true, force: true });
  let inFlight: Promise<void>[] = [];
  try {
    // Only the dates are kept here, and each page is read again when indexed: holding 1,000 pages would cost 100 MB.
    const pages = listPages(dir);
    if (pages.length === 0) throw new SearchIndexError(`${dir} holds no built pages to index; run \`npm run build\`.`);
    const searchable = pages.flatMap(({ file, url }) => {
      const html = readFileSync(join(dir, file), 'utf8');
      return html.includes('data-pagefind-body') ? [{ file, url, day: publicationDay(html) }] : [];
    });
    const bundleFor = bundleSplitter(newestWords);
    const counts: Record<BundleName, number> = { newest: 0, older: 0 };
    const records: Record<BundleName, number> = { newest: 0, older: 0 };
    let since = '';
    let current: { bundle: BundleName; index: PagefindIndex } | undefined;
    const finishBundle = async () => {
      await Promise.all(inFlight);
      inFlight = [];
      if (!current) return;
      const written = await current.index.writeFiles({ outputPath: bundleDir[current.bundle] });
      failOn(`write the index to ${bundleDir[current.bundle]}`, written.errors);
    };
    for (const { file, url, day } of newestFirst(searchable)) {
      const pageRecords = readPageRecords(dir, file, url, { wordsPerRecord });
      if (pageRecords.length === 0) continue;
      const bundle = bundleFor(pageRecords.reduce((sum, record) => sum + record.words, 0));
      if (current?.bundle !== bundle) {
        await finishBundle();
        current = { bundle, index: await startIndex(bundle) };
      }
      counts[bundle]++;
      records[bundle] += pageRecords.length;
      if (bundle === 'newest') since = day || since;
      for (const record of pageRecords) {
        const step = `index ${record.url} (from ${file})`;
        inFlight.push(
          current.index.addHTMLFile({ url: record.url, content: record.html }).then(
            (added) => failOn(step, added.errors),
            (error: Error) => failOn(step, [error.message]),
          ),
        );
      }
      if (inFlight.length >= RECORDS_IN_FLIGHT) {
        await Promise.all(inFlight);
        inFlight = [];
      }
    }
    if (!current && pages.some(({ type }) => type === 'episode')) {
      throw new SearchIndexError(
        `Pagefind found no searchable text in the episode pages of ${dir} (no data-pagefind-body); search would find nothing.`,
      );
    }
    // A new podcast without published episodes still gets a search page that works and finds nothing.
    current ??= { bundle: 'newest', index: await startIndex('newest') };
    await finishBundle();
    const bundles: SearchBundles = {
      newest: { episodes: counts.newest, records: records.newest, since },
      older: counts.older ? { episodes: counts.older, path: `/pagefind/${OLDER_BUNDLE_DIR}/` } : null,
    };
    writeFileAtomic(join(partial, SEARCH_BUNDLES_FILE), `${JSON.stringify(bundles)}\n`);
    // Files of an earlier index would stay beside the new ones: Pagefind names them by content hash.
    rmSync(output, { recursive: true, force: true });
    renameSync(partial, output);
    return { pages: counts.newest + counts.older, records: records.newest + records.older, newestPages: counts.newest };
  } finally {
    // A page that failed leaves others' records in flight: their outcome must not surface as a second, unhandled error about another page.
    await Promise.allSettled(inFlight);
    rmSync(partial, { recursive: true, force: true });
    await close();
  }
}
