/**
 * Marks the element whose sections the search index may split into records of
 * a few chapters each (see build/search-records.ts). Its value names the level
 * of the section headings: `h3` in an episode's text, which sits under the
 * page's own h2; `h2` when left empty.
 */
export const SEARCH_SECTIONS_ATTRIBUTE = 'data-search-sections';

/** The heading tag a marked element's sections start with. */
export function sectionHeadingTag(value: string | undefined): string {
  return value && /^h[2-6]$/.test(value) ? value : 'h2';
}
