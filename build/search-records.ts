import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type DefaultTreeAdapterTypes, type TreeAdapter } from 'parse5';
import { SEARCH_SECTIONS_ATTRIBUTE, sectionHeadingTag } from '../src/lib/search/sections.ts';

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

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type Range = { start: number; end: number };

const PAGEFIND_ATTRIBUTES = ['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort'];

/**
 * Child elements as the page renders them. A `<template>`'s content is not
 * rendered, and parse5 keeps it apart from `childNodes`, so it is never
 * searched, counted or split.
 */
function elements(node: ParentNode): Element[] {
  return node.childNodes.filter((child): child is Element => 'tagName' in child);
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const hasAttribute = (element: Element, name: string) => element.attrs.some((attr) => attr.name === name);

function find(node: ParentNode, test: (element: Element) => boolean): Element | undefined {
  for (const child of elements(node)) {
    if (test(child)) return child;
    const inner = find(child, test);
    if (inner) return inner;
  }
  return undefined;
}

/** The outermost elements that pass `test`, in document order, not looking inside `skip`. */
function findOutermost(node: ParentNode, test: (element: Element) => boolean, skip?: Element): Element[] {
  return elements(node).flatMap((child) => (child === skip ? [] : test(child) ? [child] : findOutermost(child, test, skip)));
}

/**
 * Where an element stands in the page's source, from its start tag to the
 * end of its end tag. An element the parser closed without an end tag (a
 * `<p>` followed by a `<div>`, anything open at the end of the file) ends
 * where whatever closed it starts.
 */
function location(element: Element) {
  const at = element.sourceCodeLocation;
  if (!at?.startTag) throw new Error(`the parser gave no source position for <${element.tagName}>`);
  return {
    start: at.startOffset,
    startTagEnd: at.startTag.endOffset,
    contentEnd: at.endTag?.startOffset ?? at.endOffset,
    end: at.endOffset,
  };
}

/** The id of the heading that starts a section: the child itself, or the heading it wraps (a chapter heading with its play button). */
function sectionHeadingId(child: Element, tag: string): string | undefined {
  const heading = child.tagName === tag ? child : elements(child)[0];
  return heading?.tagName === tag ? attribute(heading, 'id') || undefined : undefined;
}

const hasPagefindData = (element: Element) => PAGEFIND_ATTRIBUTES.some((name) => hasAttribute(element, name));

/**
 * Source ranges of the outermost elements marked `data-pagefind-ignore` that
 * hold no metadata or filters: Pagefind would read past them, so records
 * leave them out (the player and table of contents are a third of a page).
 */
function ignoredRanges(node: ParentNode): Range[] {
  return elements(node).flatMap((child) =>
    hasAttribute(child, 'data-pagefind-ignore') && !hasPagefindData(child) && findOutermost(child, hasPagefindData).length === 0
      ? [location(child)]
      : ignoredRanges(child),
  );
}

/** The source from `start` to `end` without the ranges inside it. */
function sliceWithout(html: string, start: number, end: number, ranges: Range[]): string {
  let text = '';
  let position = start;
  for (const range of ranges) {
    if (range.start < position || range.end > end) continue;
    text += html.slice(position, range.start);
    position = range.end;
  }
  return text + html.slice(position, end);
}

const WORD = /\S+/g;

/** Words of text in `node`, leaving out `skip`. Counted without building the list of words: a long page's transcript is most of its indexing time. */
function wordCount(node: ChildNode, skip?: Element): number {
  if (node.nodeName === '#text') {
    const text = (node as DefaultTreeAdapterTypes.TextNode).value;
    let words = 0;
    WORD.lastIndex = 0;
    while (WORD.exec(text)) words++;
    return words;
  }
  if (!('tagName' in node) || node === skip) return 0;
  let words = 0;
  for (const child of node.childNodes) words += wordCount(child, skip);
  return words;
}

/**
 * parse5's own tree, except that text nodes get no source position: nothing
 * here reads one, and parse5 copies a text node's position object for every
 * run of characters it appends, which costs 15 % of parsing a long transcript.
 */
const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  setNodeSourceCodeLocation(node, location) {
    if (node.nodeName !== '#text') defaultTreeAdapter.setNodeSourceCodeLocation(node, location);
  },
  updateNodeSourceCodeLocation(node, location) {
    if (node.nodeName !== '#text') defaultTreeAdapter.updateNodeSourceCodeLocation(node, location);
  },
};

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * Splits a built page into the records Pagefind indexes. Pagefind sends a
 * result's whole text to the browser to cut its excerpt, so an hour-long
 * episode as one record costs about 10 KB per result shown; a few chapters
 * per record cost a third of that, and each result lands nearer to where
 * the words were said.
 *
 * The page marks what may be split with `data-search-sections`, whose value
 * names the level of its section headings (`h3`; `h2` when empty): its children
 * that are (or wrap) such a heading with an id start sections, and consecutive
 * sections fill a record up to about `wordsPerRecord` words. The first record
 * is the page up to the second record; the others repeat the searchable
 * element's own tag (which carries metadata, filters and sort) and the
 * metadata and filter elements outside the sections, and are addressed by
 * their first heading, `/folgen/x/#kapitel`.
 * A page without the mark is one record; a page without `data-pagefind-body`
 * is none.
 *
 * Records are cut from the page's own source, so they keep its markup byte
 * for byte; the cuts come from a parser that follows the HTML standard, as
 * the browser does, because an ad-hoc one misreads a `>` inside a quoted
 * attribute ("Cloud > Rechenzentrum?" as a title).
 * @see https://pagefind.app/docs/api-reference/#indexaddhtmlfile
 * @see https://html.spec.whatwg.org/multipage/parsing.html
 */
export function searchRecords(html: string, url: string, { wordsPerRecord }: SearchRecordOptions): SearchRecord[] {
  const document = parse(html, { sourceCodeLocationInfo: true, treeAdapter });
  const body = find(document, (element) => hasAttribute(element, 'data-pagefind-body'));
  if (!body) return [];
  const container = find(body, (element) => hasAttribute(element, SEARCH_SECTIONS_ATTRIBUTE));
  if (!container) return [{ url, html, words: wordCount(body) }];

  const lang = attribute(
    find(document, (element) => element.tagName === 'html')!,
    'lang',
  );
  const wrap = (inner: string) =>
    `<!doctype html><html${lang ? ` lang="${escapeAttribute(lang)}"` : ''}><head><meta charset="utf-8"></head><body>${inner}</body></html>`;
  const bodyAt = location(body);
  const openTag = html.slice(bodyAt.start, bodyAt.startTagEnd);
  const ignored = ignoredRanges(body);
  const carried = findOutermost(body, hasPagefindData, container)
    .map((element) => html.slice(location(element).start, location(element).end))
    .join('');

  // The page's own text (title, summary, links) counts towards the first record.
  let groupWords = wordCount(body, container);
  const recordWords: number[] = [];
  const starts: { offset: number; id: string }[] = [];
  const tag = sectionHeadingTag(attribute(container, SEARCH_SECTIONS_ATTRIBUTE));
  for (const child of elements(container)) {
    const id = sectionHeadingId(child, tag);
    if (id && groupWords >= wordsPerRecord) {
      starts.push({ offset: location(child).start, id });
      recordWords.push(groupWords);
      groupWords = 0;
    }
    groupWords += wordCount(child);
  }
  recordWords.push(groupWords);

  const close = `</${body.tagName}>`;
  const records: SearchRecord[] = [];
  const firstEnd = starts[0]?.offset ?? bodyAt.contentEnd;
  records.push({
    url,
    html: wrap(`${openTag}${sliceWithout(html, bodyAt.startTagEnd, firstEnd, ignored)}${close}`),
    words: recordWords[0]!,
  });
  starts.forEach((start, index) => {
    const end = starts[index + 1]?.offset ?? bodyAt.contentEnd;
    records.push({
      url: `${url}#${start.id}`,
      html: wrap(`${openTag}${carried}${sliceWithout(html, start.offset, end, ignored)}${close}`),
      words: recordWords[index + 1]!,
    });
  });
  return records;
}
