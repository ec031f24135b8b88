import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { FIRST_SEARCH_RECORDS, nearParts, OLDER_BUNDLE_DIR, SEARCH_BUNDLES_FILE, type SearchBundles } from '../src/lib/search/scope.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { fileFacts } from './file-facts.ts';
import {
  bundleSplitter,
  needsSplit,
  newestFirst,
  OLDER_PART_BYTES,
  olderParts,
  publicationDay,
  splitAtDay,
  type BundleName,
} from './search-bundles.ts';
import {
  bundleFingerprint,
  forgetOtherBundles,
  isKept,
  keepBundle,
  keptSummary,
  readRecordDigests,
  recordsDigest,
  restoreBundle,
  writeRecordDigests,
  type BundleSummary,
  type RecordDigests,
} from './search-index-cache.ts';
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
  /** Parts of the older bundle, each indexed on its own (0 without older episodes). */
  olderParts: number;
  /** With a cache: the bundles copied unchanged from the last build instead of indexed (`newest`, `older-1` for the oldest part, …). */
  reused?: string[];
}

export interface IndexOptions {
  /** Words the newest bundle holds before older episodes go to their own (src/lib/search/scope.ts). */
  newestWords?: number;
  /** Words after which a record of an episode closes at the next chapter (build/search-records.ts). */
  wordsPerRecord?: number;
  /** Page bytes one part of the older bundle holds at most (build/search-bundles.ts). */
  olderPartBytes?: number;
  /** Passages of the older parts the first search of a visit covers (`FIRST_SEARCH_RECORDS`, src/lib/search/scope.ts). */
  firstSearchRecords?: number;
  /**
   * Where each bundle is kept between builds, and a fingerprint of the
   * indexing code (build/search-index-cache.ts): a rebuild then re-indexes
   * only the bundles whose pages changed.
   */
  cache?: { dir: string; code: string };
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
 * About 60 generated or 28 hour-long episodes when the bundles are split; the
 * newest bundle then grows to twice that (NEWEST_GROWTH) before the next split.
 * A word said in every one of 500,000 words costs about 6 KB of index, so a
 * next query stays within 25 KB (measured with `npm run bench`; see docs/search.md).
 */
const NEWEST_WORDS = 250_000;

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

interface SearchablePage {
  file: string;
  url: string;
  day: string;
  /** Of the built page: what the older bundle's parts are cut by. */
  bytes: number;
  /** Of the page's bytes: an unchanged page keeps the records digest of the last build. */
  digest: string;
}

interface PlannedPage {
  page: SearchablePage;
  /** Read while planning (the newest bundle's pages); read again when indexed otherwise. */
  records?: SearchRecord[];
}

/** What the search step needs to know of a page without reading its records. */
interface PageFacts {
  searchable: boolean;
  day: string;
}

/**
 * The pages Pagefind reads, newest first; only their dates and digests are kept, since holding 1,000 pages would cost 100 MB.
 * With `factsFile`, a page that is the same file as in the last build is not read at all (build/file-facts.ts).
 */
function searchablePages(dir: string, factsFile: string | undefined, code: string): SearchablePage[] {
  const pages = listPages(dir);
  if (pages.length === 0) throw new SearchIndexError(`${dir} holds no built pages to index; run \`npm run build\`.`);
  const files = fileFacts<PageFacts>(factsFile, code);
  const searchable = newestFirst(
    pages.flatMap(({ file, url }) => {
      const { searchable, day, sha, size } = files.of(dir, file, (bytes) =>
        bytes.includes('data-pagefind-body')
          ? { searchable: true, day: publicationDay(bytes.toString('utf8')) }
          : { searchable: false, day: '' },
      );
      return searchable ? [{ file, url, day, digest: sha, bytes: size }] : [];
    }),
  );
  files.save();
  return searchable;
}

const wordsOf = (records: readonly SearchRecord[]) => records.reduce((sum, record) => sum + record.words, 0);

/**
 * A fresh split: the newest bundle takes pages newest first until it holds
 * `newestWords`, but never leaves out an undated page or one of the same day
 * as the last it took, so later builds can tell the bundles apart by day.
 */
function splitAnew(dir: string, pages: readonly SearchablePage[], newestWords: number, options: SearchRecordOptions) {
  const bundleFor = bundleSplitter(newestWords);
  const newest: PlannedPage[] = [];
  let lastDay = '';
  for (const [position, page] of pages.entries()) {
    const records = readPageRecords(dir, page.file, page.url, options);
    const bundle = records.length === 0 ? 'newest' : bundleFor(wordsOf(records));
    if (bundle === 'older' && page.day !== '' && page.day !== lastDay) return { newest, older: pages.slice(position) };
    newest.push({ page, records });
    lastDay = page.day || lastDay;
  }
  return { newest, older: [] };
}

/**
 * Which page goes to which bundle. With a kept older bundle, pages stay on
 * their side of the day it was split at, until the newest bundle outgrows its
 * allowed growth (NEWEST_GROWTH); only then, and on a first build, is the
 * archive split anew.
 */
function planBundles(
  dir: string,
  pages: readonly SearchablePage[],
  { newestWords, olderPartBytes }: { newestWords: number; olderPartBytes: number },
  options: SearchRecordOptions,
  keptUntils: readonly string[],
): { newest: PlannedPage[]; olderParts: PlannedPage[][] } {
  const parts = (older: readonly SearchablePage[]) =>
    olderParts(older, olderPartBytes, keptUntils).map((part) => part.map((page) => ({ page })));
  const splitDay = keptUntils.at(-1);
  if (splitDay) {
    const { newest, older } = splitAtDay(pages, splitDay);
    const planned = newest.map((page) => ({ page, records: readPageRecords(dir, page.file, page.url, options) }));
    if (older.length > 0 && !needsSplit(wordsOf(planned.flatMap(({ records }) => records)), newestWords, true)) {
      return { newest: planned, olderParts: parts(older) };
    }
  }
  const { newest, older } = splitAnew(dir, pages, newestWords, options);
  return { newest, olderParts: parts(older) };
}

/** The cache's name of an older part, by its place counted from the oldest: parts are added at the newer end. */
const olderPartName = (part: number) => `older-${part + 1}`;

/** The last days of the older parts the last build kept with the same code, oldest part first. */
function keptOlderUntils(cacheDir: string, code: string): string[] {
  const untils: string[] = [];
  for (let part = 0; ; part++) {
    const until = keptSummary(cacheDir, olderPartName(part), code)?.until;
    if (!until) return untils;
    untils.push(until);
  }
}

/** Indexes one bundle with a Pagefind service of its own and writes it to `outputPath`. */
async function writeBundle(
  dir: string,
  side: BundleName,
  pages: readonly PlannedPage[],
  outputPath: string,
  options: SearchRecordOptions,
  onRecords: (page: SearchablePage, records: SearchRecord[]) => void,
): Promise<BundleSummary> {
  const index = await startIndex(side);
  const summary: BundleSummary = { episodes: 0, records: 0, since: '', until: '' };
  let inFlight: Promise<void>[] = [];
  try {
    for (const { page, records = readPageRecords(dir, page.file, page.url, options) } of pages) {
      onRecords(page, records);
      if (records.length === 0) continue;
      summary.episodes++;
      summary.records += records.length;
      if (page.day && (!summary.since || page.day < summary.since)) summary.since = page.day;
      if (page.day > summary.until) summary.until = page.day;
      for (const record of records) {
        const step = `index ${record.url} (from ${page.file})`;
        inFlight.push(
          index.addHTMLFile({ url: record.url, content: record.html }).then(
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
    await Promise.all(inFlight);
    inFlight = [];
    const written = await index.writeFiles({ outputPath });
    failOn(`write the index to ${outputPath}`, written.errors);
    return summary;
  } finally {
    // A page that failed leaves others' records in flight: their outcome must not surface as a second, unhandled error about another page.
    await Promise.allSettled(inFlight);
  }
}

/** What the search page learns of the older parts: newest first, what each holds, and how many a search covers before the visitor asks for all. */
function olderSummary(partsOldestFirst: readonly { path: string; summary: BundleSummary }[], episodes: number, firstSearchRecords: number) {
  const parts = partsOldestFirst.map(({ path, summary: { episodes, records, since } }) => ({ path, episodes, records, since })).reverse();
  return { episodes, parts, near: nearParts(parts, firstSearchRecords) };
}

/**
 * Builds the full-text search index over a built site: the one place Pagefind
 * runs, so a failing step fails the build instead of shipping a site whose search
 * silently finds nothing. Words are stemmed by the language of `<html lang>`, and
 * only elements marked `data-pagefind-body` (the episode articles) are indexed,
 * split into records of a few chapters (build/search-records.ts). The
 * newest episodes go to `pagefind/`, older ones to the parts `pagefind/older/1/`
 * (the oldest), `pagefind/older/2/`, …, and `pagefind/search-bundles.json`
 * tells the search page what each holds (src/lib/search/scope.ts). Each bundle
 * is a Pagefind run of its own, one after another, so memory stays that of the
 * largest part, not of the archive. With a cache, a bundle none of whose pages
 * changed is copied from the last build, and the split between the bundles stays
 * where it was until the newest outgrows it, so publishing an episode
 * re-indexes the newest bundle only. The index is written beside `pagefind/`
 * and replaces it only when complete.
 * It runs after `astro build` has exited rather than in a build hook, so the
 * indexer's memory (about 1.3 GB for 1,000 long transcripts) never adds to Astro's.
 * @see https://pagefind.app/docs/node-api/
 */
export async function indexSite(
  site: string,
  {
    newestWords = NEWEST_WORDS,
    wordsPerRecord = WORDS_PER_RECORD,
    olderPartBytes = OLDER_PART_BYTES,
    firstSearchRecords = FIRST_SEARCH_RECORDS,
    cache,
  }: IndexOptions = {},
): Promise<IndexedSite> {
  const dir = site.endsWith('/') ? site : `${site}/`;
  const output = `${dir}pagefind`;
  const partial = `${dir}pagefind.partial`;
  const options = { wordsPerRecord };
  const code = cache && `${cache.code}:${newestWords}:${wordsPerRecord}:${olderPartBytes}`;
  rmSync(partial, { recursive: true, force: true });
  try {
    const pages = searchablePages(dir, cache && join(cache.dir, 'page-facts.json'), code ?? '');
    const keptUntils = cache && code ? keptOlderUntils(cache.dir, code) : [];
    const plan = planBundles(dir, pages, { newestWords, olderPartBytes }, options, keptUntils);
    const parts = plan.olderParts.map((pages, part) => ({
      name: olderPartName(part),
      side: 'older' as const,
      pages,
      outputDir: `${partial}/${OLDER_BUNDLE_DIR}/${part + 1}`,
      path: `/pagefind/${OLDER_BUNDLE_DIR}/${part + 1}/`,
    }));
    const bundles = [{ name: 'newest', side: 'newest' as const, pages: plan.newest, outputDir: partial }, ...parts];
    const summaries = new Map<string, BundleSummary>();
    const reused: string[] = [];
    const keptDigests: RecordDigests = cache ? readRecordDigests(cache.dir) : {};
    const digests: RecordDigests = {};
    const noteRecords = (page: SearchablePage, records: SearchRecord[]) => (digests[page.file] = [page.digest, recordsDigest(records)]);
    /** A page's records digest: kept when its bytes are unchanged, else from its records (read now if need be). */
    const digestOf = ({ page, records }: PlannedPage) => {
      const kept = keptDigests[page.file];
      if (!records && kept?.[0] === page.digest) digests[page.file] = kept;
      else noteRecords(page, records ?? readPageRecords(dir, page.file, page.url, options));
      return { file: page.file, digest: digests[page.file]![1] };
    };
    // The newest first: its folder holds the older ones'.
    for (const { name, side, pages: planned, outputDir } of bundles) {
      const bundleCode = `${code}:${name}`;
      if (cache && code && isKept(cache.dir, name, code)) {
        const restored = restoreBundle(cache.dir, name, bundleFingerprint(bundleCode, planned.map(digestOf)), outputDir);
        if (restored) {
          summaries.set(name, restored);
          reused.push(name);
          continue;
        }
      }
      summaries.set(name, await writeBundle(dir, side, planned, outputDir, options, noteRecords));
      if (cache && code) {
        const fingerprint = bundleFingerprint(
          bundleCode,
          planned.map(({ page }) => ({ file: page.file, digest: digests[page.file]![1] })),
        );
        keepBundle(cache.dir, name, { fingerprint, code, summary: summaries.get(name)! }, outputDir, [OLDER_BUNDLE_DIR]);
      }
    }
    if (cache) {
      forgetOtherBundles(
        cache.dir,
        bundles.map(({ name }) => name),
      );
      writeRecordDigests(cache.dir, digests);
    }
    const newest = summaries.get('newest')!;
    const older = parts.map(({ name, path }) => ({ path, summary: summaries.get(name)! })).filter(({ summary }) => summary.episodes > 0);
    const olderEpisodes = older.reduce((sum, { summary }) => sum + summary.episodes, 0);
    if (newest.episodes === 0 && olderEpisodes === 0 && listPages(dir).some(({ type }) => type === 'episode')) {
      throw new SearchIndexError(
        `Pagefind found no searchable text in the episode pages of ${dir} (no data-pagefind-body); search would find nothing.`,
      );
    }
    const searchBundles: SearchBundles = {
      newest: { episodes: newest.episodes, records: newest.records, since: newest.since },
      // Newest part first: where Pagefind's merged results tie, the newer episode comes first.
      older: olderEpisodes > 0 ? olderSummary(older, olderEpisodes, firstSearchRecords) : null,
    };
    writeFileAtomic(join(partial, SEARCH_BUNDLES_FILE), `${JSON.stringify(searchBundles)}\n`);
    // Files of an earlier index would stay beside the new ones: Pagefind names them by content hash.
    rmSync(output, { recursive: true, force: true });
    renameSync(partial, output);
    const indexed = {
      pages: newest.episodes + olderEpisodes,
      records: newest.records + older.reduce((sum, { summary }) => sum + summary.records, 0),
      newestPages: newest.episodes,
      olderParts: older.length,
    };
    return cache ? { ...indexed, reused } : indexed;
  } finally {
    rmSync(partial, { recursive: true, force: true });
    await close();
  }
}
