/**
 * Marks the element whose `<h2>` sections the search index may split into
 * records of a few chapters each (see build/search-records.ts).
 */
export const SEARCH_SECTIONS_ATTRIBUTE = 'data-search-sections';
