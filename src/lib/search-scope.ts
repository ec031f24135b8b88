import type { SearchState } from './search-query';

/**
 * Pagefind keeps every position of every word, so a word said in every episode
 * (the show's theme) costs index bytes in proportion to the whole archive:
 * about 45 KB at 1,000 hour-long episodes, more than a visitor's next query
 * should load. The indexer therefore writes two bundles: the newest episodes
 * in `/pagefind/`, everything older in `/pagefind/older/`. A query searches the
 * newest first; when they hold too few results, or the year or the visitor asks
 * for older episodes, it searches both. See docs/search.md.
 */

/** Written by the indexer beside the newest bundle; the search page reads it on the first search. */
export const SEARCH_BUNDLES_FILE = 'search-bundles.json';

/** The older bundle's folder inside the newest one's. */
export const OLDER_BUNDLE_DIR = 'older';

export interface SearchBundles {
  newest: {
    /** Episodes in the newest bundle. */
    episodes: number;
    /** Publication day (`2024-03-04`) of the oldest episode in it; '' when no page carries a date. */
    since: string;
  };
  /** Everything older; null when the whole archive fits the newest bundle. */
  older: {
    episodes: number;
    /** URL of the bundle, `/pagefind/older/`. */
    path: string;
  } | null;
}

/**
 * Results a query must find among the newest episodes to be shown from them
 * alone: three loads of results. A rarer word searches the older episodes at
 * once, which costs little, since a rare word's index is small everywhere.
 */
export const ENOUGH_NEWEST_RESULTS = 9;

/** Whether the state itself asks for older episodes: the visitor chose all, or a year the newest bundle does not wholly cover. */
export function asksForOlder(state: SearchState, bundles: SearchBundles): boolean {
  if (!bundles.older) return false;
  if (state.scope === 'all') return true;
  return state.year !== '' && (bundles.newest.since === '' || state.year <= bundles.newest.since.slice(0, 4));
}

/** Whether the newest bundle's results are enough to show on their own. */
export const enoughNewest = (found: number) => found >= ENOUGH_NEWEST_RESULTS;

/**
 * The order of a search over both bundles. Pagefind orders merged results by
 * score; that is the relevance order, but under a date sort each bundle scores
 * its results by their place in its own date order, so the merge would
 * interleave old and new. Every newest-bundle episode is newer than every older
 * one, so by date the newest bundle's results come first, then the rest in
 * the merged order (which keeps each bundle's own order).
 */
export function orderAcrossBundles<Result extends { id: string }>(newest: readonly Result[], merged: readonly Result[], sort: SearchState['sort']): Result[] {
  if (sort !== 'date') return [...merged];
  const inNewest = new Set(newest.map((result) => result.id));
  return [...newest, ...merged.filter((result) => !inNewest.has(result.id))];
}
