/**
 * Marking the searched words on the page a search result leads to. The result
 * links carry the query as `?q=`; the page marks every word that begins like
 * one of the searched words.
 */

export const MARK_PARAM = 'q';
const MAX_TERMS = 10;
const MAX_QUERY_LENGTH = 200;

/** A result's address with the searched words, for the page to mark them. */
export function withSearchWords(href: string, query: string): string {
  const words = query.trim();
  if (!words) return href;
  const url = new URL(href, 'http://site.invalid');
  url.searchParams.set(MARK_PARAM, words.slice(0, MAX_QUERY_LENGTH));
  return /^https?:\/\//.test(href) ? url.href : `${url.pathname}${url.search}${url.hash}`;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The distinct words of a query worth marking, lower-cased: two characters or more, at most ten. */
export function markTerms(query: string): string[] {
  const words = query.normalize('NFC').slice(0, MAX_QUERY_LENGTH).toLowerCase().match(WORD) ?? [];
  return [...new Set(words.filter((word) => [...word].length >= 2))].slice(0, MAX_TERMS);
}

/**
 * Pagefind finds inflected forms ("Angebote" finds "Angebot"); the page marks
 * them alike by comparing the start of each word: a long searched word without
 * its last two letters, a short one whole. Crude next to Pagefind's stemmer,
 * but it marks the forms it finds without shipping one to the page.
 */
function stem(term: string): string {
  const letters = [...term];
  return letters.length > 5 ? letters.slice(0, -2).join('') : term;
}

/** Start and end of each word in `text` that begins like one of `terms` (from `markTerms`). */
export function wordMatches(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0) return [];
  const stems = terms.map(stem);
  const matches: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].normalize('NFC').toLowerCase();
    if (stems.some((start) => word.startsWith(start))) matches.push([match.index, match.index + match[0].length]);
  }
  return matches;
}
