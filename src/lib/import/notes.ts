import sanitizeHtml from 'sanitize-html';
import TurndownService from 'turndown';
import { formatClock, parseDuration } from '../duration';

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
const STRUCTURE = ['p', 'br', 'div', 'section', 'article', 'header', 'footer', 'aside', 'figure', 'figcaption', 'address', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'];
const INLINE = ['a', 'b', 'strong', 'i', 'em', 'code', 'img', 'span', 'sub', 'sup', 's', 'del', 'u', 'small', 'cite', 'q', 'abbr', 'mark', 'time'];

/**
 * What may pass from a feed's HTML: structure and emphasis, links to web and
 * mail addresses, and images reduced to their alt text (their address is
 * dropped here, so nothing is ever requested from the old host). Elements
 * whose content is code or a foreign document lose their content too.
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
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'select', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'title', 'head'],
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
    .replace(LINE_START_SYNTAX, (_, indent: string, mark?: string, number?: string, delimiter?: string) => (mark ? `${indent}\\${mark}` : `${indent}${number}\\${delimiter}`));
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
  return written.replace(/[\s\u0000-\u001f\u007f()<>"'`\\]/g, percentEncode);
}

const percentEncode = (character: string) => encodeURIComponent(character).replace(/[()']/g, (left) => `%${left.charCodeAt(0).toString(16).toUpperCase()}`);

/** Alt text worth keeping: tracker pixels (1×1 or no alt) vanish with their address. */
function altTextOf(image: HTMLElement): string {
  const tiny = ['width', 'height'].some((side) => Number(image.getAttribute(side)) > 0 && Number(image.getAttribute(side)) <= 1);
  return tiny ? '' : (image.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
}

function markdownConverter(links: NoteLink[]): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '_' });
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

const BLOCK = new Set(['P', 'DIV', 'BR', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TR', 'TD', 'TH', 'HR', 'PRE', 'TABLE', 'DT', 'DD']);

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
    replacement: (content, node) => (BLOCK.has(node.nodeName) ? ` ${content} ` : content),
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
