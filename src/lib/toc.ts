import { splitHeadingTime } from './base/timecode';

export interface TocItem {
  id: string;
  text: string;
  /** Chapter start in seconds, when the heading carries a time. */
  start: number | undefined;
  children: TocItem[];
}

/**
 * A two-level table of contents from the rendered headings (h2 with their h3).
 * An h3 before any h2 becomes a top-level item rather than being dropped.
 */
export function buildToc(
  headings: readonly { depth: number; slug: string; text: string }[],
  chapterStarts: Readonly<Record<string, number>> = {},
): TocItem[] {
  const toc: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > 3) continue;
    const { text, start } = splitHeadingTime(heading.text);
    const item: TocItem = { id: heading.slug, text, start: chapterStarts[heading.slug] ?? start, children: [] };
    const parent = toc.at(-1);
    if (heading.depth === 3 && parent) parent.children.push(item);
    else toc.push(item);
  }
  return toc;
}
