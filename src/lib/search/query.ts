import { COUNT_BY_EPISODE } from './episode-count';

/**
 * The state of /suche/ lives in its address, so a search can be shared, the
 * header's plain GET form lands on results, and Back returns to them.
 */
export interface SearchState {
  query: string;
  topic: string;
  year: string;
  sort: 'relevance' | 'date';
  /** `newest` searches the newest episodes first (see scope.ts); `all` the whole archive at once. */
  scope: 'newest' | 'all';
}

export const SEARCH_PARAMS = { query: 'q', topic: 'thema', year: 'jahr', sort: 'sortierung', scope: 'bereich' } as const;

/** The values of `sortierung` and `bereich` that differ from the defaults. */
export const SEARCH_VALUES = { dateSort: 'datum', allScope: 'alle' } as const;

const MAX_QUERY_LENGTH = 200;

export function readSearchState(params: URLSearchParams): SearchState {
  const year = params.get(SEARCH_PARAMS.year) ?? '';
  return {
    query: (params.get(SEARCH_PARAMS.query) ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH),
    topic: (params.get(SEARCH_PARAMS.topic) ?? '').trim(),
    year: /^\d{4}$/.test(year) ? year : '',
    sort: params.get(SEARCH_PARAMS.sort) === SEARCH_VALUES.dateSort ? 'date' : 'relevance',
    scope: params.get(SEARCH_PARAMS.scope) === SEARCH_VALUES.allScope ? 'all' : 'newest',
  };
}

/** Only what differs from the defaults, so a plain search stays `/suche/?q=sla`. */
export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(SEARCH_PARAMS.query, state.query);
  if (state.topic) params.set(SEARCH_PARAMS.topic, state.topic);
  if (state.year) params.set(SEARCH_PARAMS.year, state.year);
  if (state.sort === 'date') params.set(SEARCH_PARAMS.sort, SEARCH_VALUES.dateSort);
  if (state.scope === 'all') params.set(SEARCH_PARAMS.scope, SEARCH_VALUES.allScope);
  return params;
}

export interface PagefindSearchOptions {
  filters: Record<string, string | { none: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/**
 * Pagefind options for a state: topic and year only when chosen (an empty
 * filter would match nothing), the episode filter always, to count episodes
 * by, and date order newest first.
 * @see https://pagefind.app/docs/api/#filtering
 */
export function pagefindOptions(state: SearchState): PagefindSearchOptions {
  const options: PagefindSearchOptions = { filters: { ...COUNT_BY_EPISODE } };
  if (state.topic) options.filters.topic = state.topic;
  if (state.year) options.filters.year = state.year;
  if (state.sort === 'date') options.sort = { date: 'desc' };
  return options;
}
