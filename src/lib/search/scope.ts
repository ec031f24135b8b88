import type { SearchState } from './query';

/**
 * Pagefind keeps every position of every word, so a word said in every episode
 * (the show's theme) costs index bytes in proportion to the whole archive:
 * about 45 KB at 1,000 generated episodes of 4,000 words, more than a next query
 * should load. The indexer therefore writes two bundles: the newest episodes
 * in `/pagefind/`, everything older in parts under `/pagefind/older/`. A query
 * searches the newest first; when the query's words are common there, it shows
 * those results and leaves the older episodes for the visitor to ask for.
 * Rarer words search the older parts near in time too, as many as the first
 * search of a visit can load (`FIRST_SEARCH_RECORDS`), and the whole archive
 * when those find nothing. See docs/search.md.
 */

/** Written by the indexer beside the newest bundle; the search page reads it on the first search. */
export const SEARCH_BUNDLES_FILE = 'search-bundles.json';

/** The folder of the older bundle's parts inside the newest bundle's. */
export const OLDER_BUNDLE_DIR = 'older';

/** A filter the search page gives each merged part of the older bundle, with the part's place in `paths`, to search one part alone. */
export const PART_FILTER = 'part';

export interface SearchBundles {
  newest: {
    /** Episodes in the newest bundle. */
    episodes: number;
    /** Records (passages of a few chapters) in it. */
    records: number;
    /** Publication day (`2024-03-04`) of the oldest episode in it; '' when no page carries a date. */
    since: string;
  };
  /** Everything older; null when the whole archive fits the newest bundle. */
  older: {
    episodes: number;
    /**
     * Its parts, newest first: each part is a Pagefind index of its own, which
     * the search page merges. A large archive is indexed in parts so that the
     * build's memory stays that of one part.
     */
    parts: OlderPart[];
    /** How many of the parts, newest first, a search covers before the visitor asks for all (`nearParts`). */
    near: number;
  } | null;
}

export interface OlderPart {
  /** URL of the part's index, `/pagefind/older/2/`. */
  path: string;
  episodes: number;
  records: number;
  /** Publication day of its oldest episode. */
  since: string;
}

/**
 * The share of the newest bundle's passages a query must find to be shown
 * from the newest episodes alone. The older bundle's index for a word grows
 * with its share: a word in a quarter of all passages costs about 5 KB there
 * at 1,000 episodes, a word in every passage (the show's theme) 40 KB.
 */
export const COMMON_SHARE = 0.25;

/**
 * Passages of the older parts the first search of a visit may load the
 * metadata of. Pagefind loads a whole part's metadata, about 14 bytes per
 * passage (with its list of index chunks and its episode filter), before it
 * searches it; with Pagefind itself (71 KB) and a screenful of results, 3,000
 * passages (about 1,000 hour-long episodes) keep the first search within
 * 150 KB at any archive size. A part is never larger than this
 * (`OLDER_PART_BYTES` in build/search-bundles.ts), unless old episodes were
 * added to it later.
 */
export const FIRST_SEARCH_RECORDS = 3_000;

/**
 * What each part after the first adds to a search besides its passages'
 * metadata, in passages' worth: the index chunk of every word of every
 * query, 3–6 KB each at 5,000 episodes. Measured there, a full part alone
 * (2,964 passages) cost a first search 146 KB and later ones 17–21 KB; a
 * second part, however small, would add a chunk to each.
 */
export const FURTHER_PART_RECORDS = 400;

/**
 * How many of the older parts (newest first) a search covers before the
 * visitor asks for all: as many as fit `limit` passages together, each part
 * after the first counted `FURTHER_PART_RECORDS` more. The indexer decides it.
 */
export function nearParts(partsNewestFirst: readonly Pick<OlderPart, 'records'>[], limit = FIRST_SEARCH_RECORDS): number {
  let cost = 0;
  let parts = 0;
  for (const part of partsNewestFirst) {
    cost += part.records + (parts > 0 ? FURTHER_PART_RECORDS : 0);
    if (cost > limit) break;
    parts += 1;
  }
  return parts;
}

/** What a search covers: the newest bundle, and how many older parts, newest first. */
export interface Reach {
  parts: number;
  /** Whether a word common among the newest episodes may be answered from them alone. */
  newestMayAnswer: boolean;
}

/**
 * What a search covers unless its words are common among the newest episodes:
 * the near parts; all parts when the visitor asked for all, or for a year that
 * reaches past the near parts. A year the newest bundle does not wholly cover
 * is never answered from the newest alone.
 */
export function reachOf(state: SearchState, bundles: SearchBundles): Reach {
  const all = bundles.older?.parts.length ?? 0;
  if (state.scope === 'all') return { parts: all, newestMayAnswer: false };
  const near = bundles.older?.near ?? 0;
  const sinceNear = near === 0 ? bundles.newest.since : bundles.older!.parts[near - 1]!.since;
  const within = (since: string) => state.year === '' || (since !== '' && state.year > since.slice(0, 4));
  return { parts: within(sinceNear) ? near : all, newestMayAnswer: within(bundles.newest.since) };
}

/** Episodes a search covers with `parts` older parts. */
export const episodesWithin = (bundles: SearchBundles, parts: number) =>
  bundles.newest.episodes + (bundles.older?.parts.slice(0, parts).reduce((sum, part) => sum + part.episodes, 0) ?? 0);

/** Whether a query's words are so common among the newest passages that they alone answer it. `found` counts results before filters, since filters do not make the older index smaller. */
export const commonInNewest = (found: number, bundles: SearchBundles) =>
  bundles.newest.records > 0 && found / bundles.newest.records >= COMMON_SHARE;

/**
 * The order of a search over all bundles. Pagefind orders merged results by
 * score; that is the relevance order, but under a date sort each bundle scores
 * its results by their place in its own date order, so the merge would
 * interleave old and new. Every newest-bundle episode is newer than every older
 * one, and every part of the older bundle holds a span of days of its own, so
 * by date the results come bundle by bundle, newest first: `byPart` holds each
 * searched older part's results (a search filtered to it), newest part first.
 */
export function orderAcrossBundles<Result>(
  newest: readonly Result[],
  merged: readonly Result[],
  sort: SearchState['sort'],
  byPart: readonly (readonly Result[])[],
): Result[] {
  return sort === 'date' ? [...newest, ...byPart.flat()] : [...merged];
}
