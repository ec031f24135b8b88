import { splitHeadingTime } from './base/timecode';

export interface TocItem {
  id: string;
  text: string;
  /** Chapter start in seconds, when the heading carries a time. */
  start: number | undefined;
  children: TocItem[];
}

/**
 * A two-level table of contents from the rendered headings: the highest level
 * below the title (h2 on most pages, h3 in an episode's text, which sits under
 * the page's own h2) with the level below it. A deeper heading shows only when
 * it is a chapter (it has a start), among the children, so the list names every
 * chapter the player knows. A lower heading before any higher one becomes a
 * top-level item rather than being dropped.
 */
export function buildToc(
  headings: readonly { depth: number; slug: string; text: string }[],
  chapterStarts: Readonly<Record<string, number>> = {},
): TocItem[] {
  const levels = headings.map((heading) => heading.depth).filter((depth) => depth >= 2);
  const top = levels.length ? Math.min(...levels) : 2;
  const toc: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < top) continue;
    const { text, start: written } = splitHeadingTime(heading.text);
    const start = chapterStarts[heading.slug] ?? written;
    if (heading.depth > top + 1 && start === undefined) continue;
    const item: TocItem = { id: heading.slug, text, start, children: [] };
    const parent = toc.at(-1);
    if (heading.depth > top && parent) parent.children.push(item);
    else toc.push(item);
  }
  return toc;
}
