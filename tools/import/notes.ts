import sanitizeHtml from 'sanitize-html';
import TurndownService from 'turndown';
import { formatClock, parseDuration } from '../../src/lib/base/duration.ts';

/**
 * Show notes arrive as HTML (CDATA or entity-escaped; the feed parser already
 * unwrapped both). The site keeps notes as Markdown, so podcasters can edit them.
 * Everything from a feed is data: the site's Markdown processor passes raw HTML
 * through, so no tag, attribute or entity from an old host may survive as markup.
 */

export interface NoteLink {
  title: string;
  url: string;
}

/** Block elements keep their names so paragraphs stay apart; every other unknown tag is dropped, its text kept. */
const STRUCTURE = [
  'p',
  'br',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'address',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
];
const INLINE = [
  'a',
  'b',
  'strong',
  'i',
  'em',
  'code',
  'img',
  'span',
  'sub',
  'sup',
  's',
  'del',
  'u',
  'small',
  'cite',
  'q',
  'abbr',
  'mark',
  'time',
];

/** White space other than the ASCII kinds Turndown collapses (no-break, em, ideographic spaces, form feed …). */
const UNUSUAL_SPACE = /[^\S\n\r\t ]/g;

/**
 * What may pass from a feed's HTML: structure and emphasis, links to web and
 * mail addresses, and images reduced to their alt text (their address is
 * dropped here, so nothing is ever requested from the old host). Scripts,
 * styles and embedded documents lose their content too.
 * @see https://github.com/apostrophecms/sanitize-html#readme
 */
const NOTES_POLICY: sanitizeHtml.IOptions = {
  allowedTags: [...STRUCTURE, ...INLINE],
  allowedAttributes: { a: ['href'], img: ['alt', 'width', 'height'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Disclosure widgets are the only common ones; their parts stay apart as blocks.
  transformTags: { details: 'div', summary: 'p' },
  // Real notes nest a few levels; thousands would overflow the converter's recursion.
  nestingLimit: 50,
  // Changes only white space, which needs no escaping: the text arrives escaped and stays so.
  textFilter: (text) => text.replace(UNUSUAL_SPACE, ' '),
  disallowedTagsMode: 'discard',
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'select',
    'noscript',
    'template',
    'iframe',
    'frame',
    'object',
    'embed',
    'svg',
    'math',
    'title',
    'head',
  ],
};

export function sanitizeNotes(html: string): string {
  return sanitizeHtml(html, NOTES_POLICY);
}

/** Characters that open emphasis, code, links, raw HTML, autolinks or entities anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_[\]<>]|&(?=[A-Za-z0-9#])/g;
/** Characters that only mean something at the start of a line: lists, headings, setext underlines, fences. */
const LINE_START_SYNTAX = /^([ \t]*)(?:([-+=#~])|(\d+)([.)])(?=\s|$))/gm;

/**
 * Text as Markdown that shows exactly this text, whatever it holds: it replaces
 * Turndown's own escaping, which leaves `<` and `&` alone, so escaped markup
 * from a feed (`&lt;script&gt;`) would otherwise become raw HTML on the page.
 * @see https://spec.commonmark.org/0.31.2/#backslash-escapes
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(LINE_START_SYNTAX, (_, indent: string, mark?: string, number?: string, delimiter?: string) =>
      mark ? `${indent}\\${mark}` : `${indent}${number}\\${delimiter}`,
    );
}

const SAFE_HREF = /^(?:https?:|mailto:)/i;

/**
 * A link target as the feed wrote it, with every character that could end an
 * unbracketed Markdown destination percent-encoded; `undefined` for anything
 * but web and mail addresses.
 */
export function safeHref(href: string): string | undefined {
  const written = href.trim();
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    return undefined;
  }
  if (!SAFE_HREF.test(url.protocol) || !SAFE_HREF.test(written)) return undefined;
  if (url.protocol !== 'mailto:' && !url.hostname) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters in a link must not reach the Markdown
  return written.replace(/[\s\u0000-\u001f\u007f()<>"'`\\]/g, percentEncode);
}

const percentEncode = (character: string) =>
  encodeURIComponent(character).replace(/[()']/g, (left) => `%${left.charCodeAt(0).toString(16).toUpperCase()}`);

/** Alt text worth keeping: tracker pixels (1×1 or no alt) vanish with their address. */
function altTextOf(image: HTMLElement): string {
  const tiny = ['width', 'height'].some((side) => Number(image.getAttribute(side)) > 0 && Number(image.getAttribute(side)) <= 1);
  return tiny ? '' : (image.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
}

function previousIgnoringSpace(node: Node | null): Node | null {
  let previous = node?.previousSibling ?? null;
  while (previous && previous.nodeType === 3 && !previous.nodeValue?.trim()) previous = previous.previousSibling;
  return previous;
}

/** A third line break in a row adds no blank line, only white space. */
function repeatsBreak(node: Node): boolean {
  const previous = previousIgnoringSpace(node);
  return previous?.nodeName === 'BR' && previousIgnoringSpace(previous)?.nodeName === 'BR';
}

/*
 * Turndown trims its output with regular expressions whose time grows with the
 * square of the longest run of white space, so 100 KB of blank lines in a
 * `<pre>` or of `&nbsp;` would stall an import for minutes. Runs stay short:
 * unusual spaces become plain ones (in the policy above), which Turndown
 * collapses; code blocks, whose spacing it keeps, are shortened here; line
 * breaks stop at a blank line.
 */

/** Three or more line breaks, blank lines between them included. */
const BLANK_LINES = /\n[^\S\n]*(?:\n[^\S\n]*){2,}/g;
const LONG_SPACE = /[^\S\n]{65,}/g;

/** Code as a fenced block, its spacing kept up to one blank line and 64 spaces in a row. */
function codeBlock(text: string): string {
  const code = text
    .replace(/\r\n?/g, '\n')
    .replace(BLANK_LINES, '\n\n')
    .replace(LONG_SPACE, (run) => run.slice(0, 64));
  const fence = '`'.repeat(Math.max(3, longestRun(code, '`') + 1));
  return `\n\n${fence}\n${code.endsWith('\n') ? code.slice(0, -1) : code}\n${fence}\n\n`;
}

function longestRun(text: string, character: string): number {
  let longest = 0;
  let run = 0;
  for (const each of text) {
    run = each === character ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/**
 * Inline code in backticks, one more than the longest run inside. Replaces
 * Turndown's rule, which tests for padding with a regular expression that
 * backtracks quadratically on long code starting with a space.
 * @see https://spec.commonmark.org/0.31.2/#code-spans
 */
function codeSpan(content: string): string {
  if (!content) return '';
  const code = content.replace(/\r?\n|\r/g, ' ');
  const fence = '`'.repeat(longestRun(code, '`') + 1);
  const padded = code.startsWith('`') || code.endsWith('`') || (code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '');
  return padded ? `${fence} ${code} ${fence}` : `${fence}${code}${fence}`;
}

function markdownConverter(links: NoteLink[]): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '_' });
  service.escape = escapeMarkdownText;
  service.addRule('links', {
    filter: (node) => node.nodeName === 'A',
    replacement(content, node) {
      const href = safeHref((node as HTMLElement).getAttribute('href') ?? '');
      const text = content.trim();
      if (!href || !text) return content;
      const plain = (node as HTMLElement).textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (/^https?:/.test(href) && plain) links.push({ title: plain, url: href });
      return `[${text}](${href})`;
    },
  });
  service.addRule('codeBlocks', {
    filter: 'pre',
    replacement: (_, node) => codeBlock(node.textContent ?? ''),
  });
  service.addRule('inlineCode', {
    filter: 'code',
    replacement: codeSpan,
  });
  service.addRule('lineBreaks', {
    filter: 'br',
    replacement: (_, node, options) => (repeatsBreak(node) ? '' : `${options.br}\n`),
  });
  service.addRule('images', {
    filter: (node) => node.nodeName === 'IMG',
    replacement: (_, node) => escapeMarkdownText(altTextOf(node as HTMLElement)),
  });
  return service;
}

/** Markdown for the episode body, plus every web link the notes contain (in order, without repeats). */
export function convertNotes(html: string): { markdown: string; links: NoteLink[] } {
  const found: NoteLink[] = [];
  const safe = sanitizeNotes(html);
  const markdown = safe.trim() ? markdownConverter(found).turndown(safe).trim() : '';
  const seen = new Set<string>();
  const links = found.filter(({ url }) => !seen.has(url) && Boolean(seen.add(url)));
  return { markdown, links };
}

const BLOCK = new Set([
  'P',
  'DIV',
  'BR',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'TR',
  'TD',
  'TH',
  'HR',
  'PRE',
  'TABLE',
  'DT',
  'DD',
]);

/**
 * The notes as one line of plain text, for the summary and the settings'
 * description: YAML values the site prints as text, so nothing is escaped here.
 */
export function notesToPlainText(html: string): string {
  const safe = sanitizeNotes(html);
  if (!safe.trim()) return '';
  const service = new TurndownService();
  service.escape = (text) => text;
  service.addRule('plain', {
    filter: () => true,
    replacement(content, node) {
      if (node.nodeName === 'BR') return repeatsBreak(node) ? '' : ' ';
      if (node.nodeName === 'PRE') return ` ${content.replace(/\s+/g, ' ')} `;
      return BLOCK.has(node.nodeName) ? ` ${content} ` : content;
    },
  });
  return service.turndown(safe).replace(/\s+/g, ' ').trim();
}

const SENTENCE_END = new Set(['.', '!', '?']);

/**
 * A summary is one to three sentences; long feed descriptions are cut at a
 * sentence end, or at a word with an ellipsis when no sentence ends in time.
 * One pass over at most `maxLength` characters: a description of any length
 * costs the same.
 */
export function summarize(text: string, maxLength = 300): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  let sentences = 0;
  let end = 0;
  for (let index = 0; index < maxLength && sentences < 3; index += 1) {
    const next = clean[index + 1];
    if (SENTENCE_END.has(clean[index]!) && (next === ' ' || next === undefined)) {
      sentences += 1;
      end = index + 1;
    }
  }
  if (end > 0) return clean.slice(0, end);
  const cut = clean.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).trim()}…`;
}

/** HTML enough to hold a summary's few hundred characters of text many times over. */
const SUMMARY_SOURCE_LENGTH = 20_000;

/**
 * The summary of notes given as HTML. Only the start of the text can end up
 * in it, so long notes are read only as far as needed, unless their start
 * holds too little text (a long style block, say).
 */
export function summaryOf(html: string, maxLength = 300): string {
  const start = notesToPlainText(html.slice(0, SUMMARY_SOURCE_LENGTH));
  return summarize(start.length > maxLength || html.length <= SUMMARY_SOURCE_LENGTH ? start : notesToPlainText(html), maxLength);
}

export interface FeedChapter {
  start?: string | undefined;
  title?: string | undefined;
}

/** Longer than any time a chapter can start at; keeps a hostile `start` from reaching the parser whole. */
const MAX_START_LENGTH = 32;

/**
 * Podlove Simple Chapters as timed headings (`## Intro [00:00:00]`), the form the
 * episode page turns into jump marks. A title is text: whatever it holds shows
 * as written, never as markup.
 * @see https://podlove.org/simple-chapters/
 */
export function chapterHeadings(chapters: readonly FeedChapter[]): string {
  return chapters
    .flatMap((chapter, index) => {
      const start = chapter.start?.trim() ?? '';
      const seconds = start && start.length <= MAX_START_LENGTH ? parseDuration(start) : undefined;
      if (seconds === undefined) return [];
      const title = (chapter.title ?? '').replace(/\s+/g, ' ').trim() || `Kapitel ${index + 1}`;
      return [`## ${escapeMarkdownText(title)} [${formatClock(seconds, { alwaysHours: true })}]`];
    })
    .join('\n\n');
}
