/** Which search bundle (src/lib/search/scope.ts) each episode page goes to. */

export type BundleName = 'newest' | 'older';

/** The publication day an episode page gives Pagefind for its date sort (src/lib/search/metadata.ts), or '' without one. */
export function publicationDay(html: string): string {
  return /\sdata-search-date="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1] ?? '';
}

/** Newest first; pages without a date first of all, since nothing says they are old. Ties keep their order. */
export function newestFirst<Page extends { day: string }>(pages: readonly Page[]): Page[] {
  return [...pages].sort((a, b) => (a.day === b.day ? 0 : a.day === '' ? -1 : b.day === '' ? 1 : a.day < b.day ? 1 : -1));
}

/**
 * Hands out bundles to pages taken newest first: the newest bundle takes
 * pages until it holds `newestWords` words (always at least one page), the
 * older bundle the rest. A theme word's index grows with the words of its
 * bundle, so words, not episodes, bound it.
 */
export function bundleSplitter(newestWords: number): (pageWords: number) => BundleName {
  let newestSoFar = 0;
  return (pageWords) => {
    if (newestSoFar > 0 && newestSoFar >= newestWords) return 'older';
    newestSoFar += pageWords;
    return 'newest';
  };
}

/**
 * How far the newest bundle may grow past the words it starts with before the
 * bundles are split anew. Between splits the older bundle stays as it is, so
 * the weekly publish re-indexes only the newest one; a split re-indexes both.
 */
export const NEWEST_GROWTH = 2;

/**
 * The bundles by the day a split drew between them: pages of `boundary` and
 * before are older, later and undated ones newest. A split never falls between
 * two pages of one day, so the day alone tells them apart.
 */
export function splitAtDay<Page extends { day: string }>(pages: readonly Page[], boundary: string): Record<BundleName, Page[]> {
  const isOlder = (page: Page) => page.day !== '' && page.day <= boundary;
  return { newest: pages.filter((page) => !isOlder(page)), older: pages.filter(isOlder) };
}

/**
 * Whether the newest bundle, holding `words` now, must be split anew: once
 * it outgrew its limit (the first split, with no older bundle yet) or its
 * allowed growth (later ones).
 */
export function needsSplit(words: number, newestWords: number, hasOlder: boolean): boolean {
  return words > (hasOlder ? newestWords * NEWEST_GROWTH : newestWords);
}
