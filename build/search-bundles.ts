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

/**
 * Bytes of built pages one part of the older bundle holds at most: about 980
 * generated hour-long episodes, 2,900 passages. Two limits meet here. Pagefind
 * keeps a whole index in memory until it writes it, about 1.4 MB per such
 * episode, so 4,900 older episodes in one run took 6.9 GB. And the first search
 * of a visit loads the metadata of whole parts, as many as fit
 * `FIRST_SEARCH_RECORDS` (src/lib/search/scope.ts), so a part must fit it
 * alone. Page bytes stand in for words because they are known without parsing
 * a page that is not indexed.
 */
export const OLDER_PART_BYTES = 85_000_000;

/** How far a kept part may outgrow its limit (old episodes added later) before the older bundle is cut anew. */
export const OLDER_PART_GROWTH = 2;

/**
 * The older bundle's parts, oldest first, each indexed by a Pagefind run of its
 * own. Pages are taken oldest first and a part closes once it holds `partBytes`,
 * never between two pages of one day, so its last day tells it apart.
 * `keptUntils` are the last days of the parts the last build made: pages up to
 * such a day stay in that part, so a weekly publish or a new split changes only
 * the newest part (and adds parts after it); later pages continue the newest
 * kept part and then new ones. A kept part that outgrew `OLDER_PART_GROWTH`
 * times its limit is cut anew with all the others.
 */
export function olderParts<Page extends { day: string; bytes: number }>(
  pagesNewestFirst: readonly Page[],
  partBytes: number,
  keptUntils: readonly string[] = [],
): Page[][] {
  const oldestFirst = [...pagesNewestFirst].reverse();
  const kept: Page[][] = keptUntils.map(() => []);
  const later: Page[] = [];
  for (const page of oldestFirst) {
    const part = keptUntils.findIndex((until) => page.day <= until);
    if (part === -1) later.push(page);
    else kept[part]!.push(page);
  }
  const bytesOf = (pages: readonly Page[]) => pages.reduce((sum, page) => sum + page.bytes, 0);
  if (kept.some((pages) => bytesOf(pages) > partBytes * OLDER_PART_GROWTH)) return olderParts(pagesNewestFirst, partBytes);
  const parts = kept.filter((pages) => pages.length > 0);
  let current = parts.pop() ?? [];
  let bytes = bytesOf(current);
  for (const page of later) {
    const sameDay = current.length > 0 && current[current.length - 1]!.day === page.day;
    if (current.length > 0 && bytes >= partBytes && !sameDay) {
      parts.push(current);
      current = [];
      bytes = 0;
    }
    current.push(page);
    bytes += page.bytes;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}
