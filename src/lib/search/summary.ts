import type { SearchState } from './query';
import { EPISODE_FILTER } from './episode-count';

/**
 * What the status line of /suche/ says about a search. Pagefind's results are
 * passages of a few chapters each (build/search-records.ts), several per
 * episode, while the page shows one card per episode: the line counts
 * episodes, which is what a listener sees.
 */

/** Filter counts as Pagefind returns them with a search: filter → value → results left. */
export type FilterCounts = Record<string, Record<string, number>> | undefined;

/** How many episodes have results, from the counts of the episode filter. */
export function episodesFound(filters: FilterCounts): number {
  return Object.values(filters?.[EPISODE_FILTER] ?? {}).filter((count) => count > 0).length;
}

export type SummaryKey = 'none' | 'noneFiltered' | 'count' | 'countOne' | 'countNewest' | 'countNewestOne';

/**
 * Which sentence fits: nothing found (and whether a chosen topic or year may
 * be why), found in one or several episodes, of the newest ones searched
 * (`partial`) or of all.
 */
export function summaryKey(found: { episodes: number; partial: boolean }, state: Pick<SearchState, 'topic' | 'year'>): SummaryKey {
  if (found.episodes === 0) return state.topic || state.year ? 'noneFiltered' : 'none';
  if (found.partial) return found.episodes === 1 ? 'countNewestOne' : 'countNewest';
  return found.episodes === 1 ? 'countOne' : 'count';
}
