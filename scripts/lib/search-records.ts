import { ELEMENT_NODE, parse, TEXT_NODE, type DocumentNode, type ElementNode } from 'ultrahtml';
import { SEARCH_SECTIONS_ATTRIBUTE } from '../../src/lib/search-sections.ts';

/** One page of Pagefind's index: a URL and the HTML Pagefind reads for it. */
export interface SearchRecord {
  url: string;
  html: string;
  /** Words of text in the record. */
  words: number;
}

export interface SearchRecordOptions {
  /** A record closes once its sections reach this many words. */
  wordsPerRecord: number;
}

type Parent = DocumentNode | ElementNode;
type AnyNode = Parent['children'][number];

const PAGEFIND_ATTRIBUTES = ['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort'];

function elements(node: Parent): ElementNode[] {
  return (node.children as AnyNode[]).filter((child): child is ElementNode => child.type === ELEMENT_NODE);
}

function find(node: Parent, test: (element: ElementNode) => boolean): ElementNode | undefined {
  for (const child of elements(node)) {
    if (test(child)) return child;
    const inner = find(child, test);
    if (inner) return inner;
  }
  return undefined;
}

/** The outermost elements that pass `test`, in document order, not looking inside `skip`. */
function findOutermost(node: Parent, test: (element: ElementNode) => boolean, skip?: ElementNode): ElementNode[] {
  return elements(node).flatMap((child) => (child === skip ? [] : test(child) ? [child] : findOutermost(child, test, skip)));
}

/** The id of the `<h2>` that starts a section: the child itself, or the heading it wraps (a chapter heading with its play button). */
function sectionHeadingId(child: ElementNode): string | undefined {
  const heading = child.name === 'h2' ? child : elements(child)[0];
  return heading?.name === 'h2' ? heading.attributes.id || undefined : undefined;
}

const hasPagefindData = (element: ElementNode) => PAGEFIND_ATTRIBUTES.some((name) => element.attributes[name] !== undefined);

/**
 * Source ranges of the outermost elements marked `data-pagefind-ignore` that
 * hold no metadata or filters: Pagefind would read past them, so records
 * leave them out (the player and table of contents are a third of a page).
 */
function ignoredRanges(node: Parent): { start: number; end: number }[] {
  return elements(node).flatMap((child) =>
    child.attributes['data-pagefind-ignore'] !== undefined && !hasPagefindData(child) && findOutermost(child, hasPagefindData).length === 0
      ? [{ start: child.loc[0].start, end: child.loc[1].end }]
      : ignoredRanges(child),
  );
}

/** The source from `start` to `end` without the ranges inside it. */
function sliceWithout(html: string, start: number, end: number, ranges: { start: number; end: number }[]): string {
  let text = '';
  let position = start;
  for (const range of ranges) {
    if (range.start < position || range.end > end) continue;
    text += html.slice(position, range.start);
    position = range.end;
  }
  return text + html.slice(position, end);
}

function wordCount(node: AnyNode): number {
  if (node.type === TEXT_NODE) return node.value.split(/\s+/).filter(Boolean).length;
  return node.type === ELEMENT_NODE ? (node.children as AnyNode[]).reduce((sum: number, child) => sum + wordCount(child), 0) : 0;
}

/**
 * Splits a built page into the records Pagefind indexes. Pagefind sends a
 * result's whole text to the browser to cut its excerpt, so an hour-long
 * episode as one record costs about 10 KB per result shown; a few chapters
 * per record cost a third of that, and each result lands nearer to where
 * the words were said.
 *
 * The page marks what may be split with `data-search-sections`: its children
 * that are (or wrap) an `<h2>` with an id start sections, and consecutive
 * sections fill a record up to about `wordsPerRecord` words. The first record
 * is the page up to the second record; the others repeat the searchable
 * element's own tag (which carries metadata, filters and sort) and the
 * metadata and filter elements outside the sections, and are addressed by
 * their first heading, `/folgen/x/#kapitel`.
 * A page without the mark is one record; a page without `data-pagefind-body`
 * is none.
 * @see https://pagefind.app/docs/api-reference/#indexaddhtmlfile
 */
export function searchRecords(html: string, url: string, { wordsPerRecord }: SearchRecordOptions): SearchRecord[] {
  const document = parse(html) as DocumentNode;
  const body = find(document, (element) => element.attributes['data-pagefind-body'] !== undefined);
  if (!body) return [];
  const container = find(body, (element) => element.attributes[SEARCH_SECTIONS_ATTRIBUTE] !== undefined);
  if (!container) return [{ url, html, words: wordCount(body) }];

  const lang = find(document, (element) => element.name === 'html')?.attributes.lang;
  const wrap = (inner: string) => `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"></head><body>${inner}</body></html>`;
  const openTag = html.slice(body.loc[0].start, body.loc[0].end);
  const bodyEnd = body.loc[1].start;
  const ignored = ignoredRanges(body);
  const carried = findOutermost(body, hasPagefindData, container)
    .map((element) => html.slice(element.loc[0].start, element.loc[1].end))
    .join('');

  // The page's own text (title, summary, links) counts towards the first record.
  let groupWords = wordCount(body) - wordCount(container);
  const recordWords: number[] = [];
  const starts: { offset: number; id: string }[] = [];
  for (const child of elements(container)) {
    const id = sectionHeadingId(child);
    if (id && groupWords >= wordsPerRecord) {
      starts.push({ offset: child.loc[0].start, id });
      recordWords.push(groupWords);
      groupWords = 0;
    }
    groupWords += wordCount(child);
  }
  recordWords.push(groupWords);

  const records: SearchRecord[] = [];
  const firstEnd = starts[0]?.offset ?? bodyEnd;
  records.push({ url, html: wrap(`${openTag}${sliceWithout(html, body.loc[0].end, firstEnd, ignored)}</${body.name}>`), words: recordWords[0]! });
  starts.forEach((start, index) => {
    const end = starts[index + 1]?.offset ?? bodyEnd;
    records.push({ url: `${url}#${start.id}`, html: wrap(`${openTag}${carried}${sliceWithout(html, start.offset, end, ignored)}</${body.name}>`), words: recordWords[index + 1]! });
  });
  return records;
}
