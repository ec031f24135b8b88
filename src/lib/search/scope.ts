import type { SearchState } from './query';

/**
 * Pagefind keeps every position of every word, so a word said in every episode
 * (the show's theme) costs index bytes in proportion to the whole archive:
 * about 45 KB at 1,000 generated episodes of 4,000 words, more than a next query
 * should load. The indexer therefore writes two bundles: the newest episodes
 * in `/pagefind/`, everything older in `/pagefind/older/`. A query searches the
 * newest first; when the query's words are common there, it shows those results
 * and leaves the older episodes for the visitor to ask for. Rarer words, and
 * years the newest bundle does not cover, search both. See docs/search.md.
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
     * URLs of its parts (`/pagefind/older/2/`), newest first: each part is a
     * Pagefind index of its own, which the search page merges. A large archive
     * is indexed in parts so that the build's memory stays that of one part.
     */
    paths: string[];
  } | null;
}

/**
 * The share of the newest bundle's passages a query must find to be shown
 * from the newest episodes alone. The older bundle's index for a word grows
 * with its share: a word in a quarter of all passages costs about 5 KB there
 * at 1,000 episodes, a word in every passage (the show's theme) 40 KB.
 */
export const COMMON_SHARE = 0.25;

/** Whether the state itself asks for older episodes: the visitor chose all, or a year the newest bundle does not wholly cover. */
export function asksForOlder(state: SearchState, bundles: SearchBundles): boolean {
  if (!bundles.older) return false;
  if (state.scope === 'all') return true;
  return state.year !== '' && (bundles.newest.since === '' || state.year <= bundles.newest.since.slice(0, 4));
}

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
 * older part's results (a search filtered to it), newest part first.
 */
export function orderAcrossBundles<Result>(
  newest: readonly Result[],
  merged: readonly Result[],
  sort: SearchState['sort'],
  byPart: readonly (readonly Result[])[],
): Result[] {
  return sort === 'date' ? [...newest, ...byPart.flat()] : [...merged];
}
