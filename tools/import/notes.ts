import sanitizeHtml from 'sanitize-html';
import TurndownService from 'turndown';
import { formatClock, parseDuration } from '../../src/lib/base/duration.ts';
import { encodeUrlOnce } from '../../src/lib/urls.ts';
import { webAddressSchema } from '../../src/schemas/fields.ts';

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

/** What became of a link target from the notes: a safe address (perhaps repaired), or nothing. */
export interface CheckedHref {
  href: string | undefined;
  /** The written target, when it had to be repaired or could not be kept. */
  problem?: 'repaired' | 'dropped';
}

/**
 * Repairs that are certain: the slashes after the scheme (`https:example.com`,
 * `https:/example.com`, `https//example.com`), which a browser restores the
 * same way, and a `www.` address without any scheme.
 */
function repairedTarget(written: string): string {
  const slashes = /^(https?)(?::\/?|\/\/)(?!\/)/i.exec(written);
  if (slashes && !/^https?:\/\//i.test(written)) return `${slashes[1]!.toLowerCase()}://${written.slice(slashes[0].length)}`;
  if (/^www\.[^\s/.]+\.[^\s/]/i.test(written)) return `https://${written}`;
  return written;
}

/**
 * A link target as the feed wrote it, with characters invalid in a URL
 * percent-encoded once and every character that could end an unbracketed
 * Markdown destination encoded too; `undefined` for anything but web and mail
 * addresses. A web address must be one the site's schema accepts, so an
 * imported link can never stop the build.
 */
export function checkHref(href: string): CheckedHref {
  const written = href.trim();
  // A link to a place in the old page goes nowhere here; it is no mistake to report.
  if (!written || written.startsWith('#')) return { href: undefined };
  const target = repairedTarget(written);
  const problem = target === written ? undefined : ('repaired' as const);
  if (/^(?:mailto:)/i.test(target)) return { href: markdownSafe(encodeUrlOnce(target)), problem };
  if (!/^https?:\/\//i.test(target))
    return { href: undefined, ...(/^[a-z][a-z0-9+.-]*:|^\/\//i.test(target) ? {} : { problem: 'dropped' }) };
  const encoded = markdownSafe(encodeUrlOnce(target));
  let url: URL;
  try {
    url = new URL(encoded);
  } catch {
    return { href: undefined, problem: 'dropped' };
  }
  if (!SAFE_HREF.test(url.protocol) || !url.hostname || !webAddressSchema.safeParse(encoded).success)
    return { href: undefined, problem: 'dropped' };
  return { href: encoded, problem };
}

// eslint-disable-next-line no-control-regex -- control characters in a link must not reach the Markdown
const markdownSafe = (url: string) => url.replace(/[\s\u0000-\u001f\u007f()<>"'`\\]/g, percentEncode);

const percentEncode = (character: string) =>
  encodeURIComponent(character).replace(/[()']/g, (left) => `%${left.charCodeAt(0).toString(16).toUpperCase()}`);

/** Bare web addresses in text; where one ends is decided by `urlEnd`. */
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`]+/gi;

/**
 * A bare address ends before trailing punctuation and before a closing
 * bracket it did not open (`(see https://x.example/a_(b))`).
 */
function urlEnd(candidate: string): number {
  let end = candidate.length;
  let open = 0;
  for (const character of candidate) if (character === '(') open += 1;
  let close = 0;
  for (const character of candidate) if (character === ')') close += 1;
  while (end > 0) {
    const last = candidate[end - 1]!;
    if ('.,;:!?\'"'.includes(last) || last === ']' || last === '}') end -= 1;
    else if (last === ')' && close > open) {
      end -= 1;
      close -= 1;
    } else break;
  }
  return end;
}

/** Text as Markdown, its bare web addresses as links (written out, so no escape ever lands in an address). */
function linkify(text: string, links: NoteLink[]): string {
  let markdown = '';
  let last = 0;
  for (const match of text.matchAll(BARE_URL)) {
    const written = match[0].slice(0, urlEnd(match[0]));
    const { href } = checkHref(written);
    if (!href) continue;
    markdown += `${escapeMarkdownText(text.slice(last, match.index))}[${escapeMarkdownText(written)}](${href})`;
    links.push({ title: written, url: href });
    last = match.index + written.length;
  }
  return markdown + escapeMarkdownText(text.slice(last));
}

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

/** Leading and trailing white space (line breaks written as Markdown included) and what lies between, found without a regular expression that could backtrack. */
function splitOuterSpace(content: string): [string, string, string] {
  let start = 0;
  while (start < content.length && /\s/.test(content[start]!)) start += 1;
  let end = content.length;
  while (end > start && /\s/.test(content[end - 1]!)) end -= 1;
  return [content.slice(0, start), content.slice(start, end), content.slice(end)];
}

/**
 * Emphasis around its words only: `<strong>Links<br></strong>` would otherwise
 * end in a line break before the closing `**`, which Markdown shows as text.
 */
const emphasis =
  (delimiter: string) =>
  (content: string): string => {
    const [before, inner, after] = splitOuterSpace(content);
    return inner ? `${before}${delimiter}${inner}${delimiter}${after}` : content;
  };

/** What the notes held that did not become a link as written. */
export interface NoteProblem {
  kind: 'repaired' | 'dropped';
  /** The link target as the notes wrote it. */
  target: string;
  /** What a repaired link points at now. */
  href?: string | undefined;
}

function markdownConverter(links: NoteLink[], problems: NoteProblem[]): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-' });
  service.escape = (text) => linkify(text, links);
  service.addRule('links', {
    filter: (node) => node.nodeName === 'A',
    replacement(content, node) {
      const written = (node as HTMLElement).getAttribute('href') ?? '';
      const { href, problem } = checkHref(written);
      if (problem) problems.push({ kind: problem, target: written.trim(), href });
      const plain = (node as HTMLElement).textContent?.replace(/\s+/g, ' ').trim() ?? '';
      // The link's text is written afresh: its content may hold bare addresses already made links.
      if (!href || !plain) return href ? '' : content;
      if (/^https?:/.test(href)) links.push({ title: plain, url: href });
      return `[${escapeMarkdownText(plain)}](${href})`;
    },
  });
  service.addRule('strong', { filter: ['strong', 'b'], replacement: emphasis('**') });
  // `*`, not `_`: an underscore cannot open or close emphasis inside a word (`und_schräg_`).
  service.addRule('emphasis', { filter: ['em', 'i'], replacement: emphasis('*') });
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

/** Anything tag-shaped: notes without one are plain text, whose line breaks carry their shape. */
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;

/** A line of a plain-text list: a bullet, or a time first (`00:12:30 Titel`, `[12:30] Titel`, `(12:30) - Titel`). */
const LIST_LINE = /^(?:[-*•·–]\s+|[[(]?(?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]?(?:\s|$))/;
const BULLET = /^[-*•·–]\s+/;

/** `<` and `>` of plain text as entities; `&` stays, so entities the host wrote read as they would in HTML. */
const plainText = (line: string) => line.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Plain-text notes as HTML: blank lines part paragraphs, a run of bullet or
 * timestamp lines becomes a list, and every other line break stays one.
 */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((block) => {
      const parts: string[] = [];
      let lines: string[] = [];
      let items: string[] = [];
      const flush = () => {
        if (lines.length) parts.push(`<p>${lines.join('<br>')}</p>`);
        if (items.length) parts.push(`<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`);
        lines = [];
        items = [];
      };
      for (const raw of block.split('\n')) {
        const line = raw.trim();
        if (!line) continue;
        if (LIST_LINE.test(line)) {
          if (lines.length) flush();
          items.push(plainText(line.replace(BULLET, '')));
        } else {
          if (items.length) flush();
          lines.push(plainText(line));
        }
      }
      flush();
      return parts.join('');
    })
    .join('');
}

/** The notes as HTML: plain text gets the structure its line breaks meant. */
const notesHtml = (notes: string) => (TAG.test(notes) ? notes : plainTextToHtml(notes));

/** A paragraph opening with something shaped like a time, as the episode reader sees it (`\[12:30\]` in Markdown). */
const TIME_FIRST = /^\\\[(?:\d+:)?\d+:\d+(?:[.,]\d+)?\\\]/;
const TIME_LAST = /^\\\[(?:\d+:)?\d+:\d+(?:[.,]\d+)?\\\][^\S\n]*$/;

/**
 * Times in show notes are text, not transcript: a paragraph opening with
 * `[12:30]` becomes a list item and a heading ending in one bold text, so the
 * build never reads them as time marks or chapters (which must rise through
 * the file and stay inside the audio).
 */
function notesTimesAsText(markdown: string): string {
  const lines = markdown.split('\n');
  return lines
    .map((line, index) => {
      const startsBlock = index === 0 || lines[index - 1]!.trim() === '';
      if (!startsBlock) return line;
      if (TIME_FIRST.test(line)) return `- ${line}`;
      const heading = /^#{1,6} /.exec(line);
      const lastMark = line.lastIndexOf('\\[');
      if (heading && lastMark > 0 && TIME_LAST.test(line.slice(lastMark))) return `**${line.slice(heading[0].length).trim()}**`;
      return line;
    })
    .join('\n');
}

/** Markdown for the episode body, plus every web link the notes contain (in order, without repeats) and the links that needed care. */
export function convertNotes(html: string): { markdown: string; links: NoteLink[]; problems: NoteProblem[] } {
  const found: NoteLink[] = [];
  const problems: NoteProblem[] = [];
  const safe = sanitizeNotes(notesHtml(html));
  const markdown = safe.trim() ? notesTimesAsText(markdownConverter(found, problems).turndown(safe).trim()) : '';
  const seen = new Set<string>();
  const links = found.filter(({ url }) => !seen.has(url) && Boolean(seen.add(url)));
  return { markdown, links, problems };
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

/** The notes as plain text, one line per block (paragraph, heading, list item): YAML values the site prints as text, so nothing is escaped here. */
function plainBlocks(html: string): string[] {
  const safe = sanitizeNotes(notesHtml(html));
  if (!safe.trim()) return [];
  const service = new TurndownService();
  service.escape = (text) => text;
  service.addRule('plain', {
    filter: () => true,
    replacement(content, node) {
      if (node.nodeName === 'BR') return repeatsBreak(node) ? '' : ' ';
      if (node.nodeName === 'PRE') return `\n${content.replace(/\s+/g, ' ')}\n`;
      return BLOCK.has(node.nodeName) ? `\n${content}\n` : content;
    },
  });
  return service
    .turndown(safe)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The notes as one line of plain text, for the settings' description. */
export function notesToPlainText(html: string): string {
  return plainBlocks(html).join(' ');
}

/**
 * Words that end in a full stop without ending the sentence, in the languages
 * podcasts here speak most; a single letter (`z. B.`, `J. R. R.`) counts too.
 */
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{L}|ep|eps|nr|no|vol|dr|prof|mr|mrs|ms|st|sr|jr|vs|etc|ca|bzw|vgl|ggf|evtl|inkl|usw|sog|bspw|jh|mio|mrd|hr|fr|sra|sr|dra|pág|e\.g|i\.e|u\.a|d\.h|z\.b)\.\s*$/iu;

/** The sentence segmenter of the runtime's ICU, which knows numbers, quotes and brackets; abbreviations it splits at are joined again. */
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Where the sentences of `text` end, as offsets: ICU's sentence breaks, except
 * after an abbreviation, inside a web address, or before a lowercase word.
 * @see https://unicode.org/reports/tr29/#Sentence_Boundaries
 */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const { segment, index } of sentences.segment(text)) {
    const end = index + segment.length;
    const next = text.slice(end, end + 1);
    const lastWord = segment.trimEnd().split(/\s/).pop() ?? '';
    if (end < text.length && (ABBREVIATION.test(segment) || lastWord.includes('://') || /^\p{Ll}/u.test(next))) continue;
    ends.push(index + segment.trimEnd().length);
  }
  return ends;
}

/** A block that ends like a sentence; a label (`Links:`) or a list line does not. */
const ENDS_LIKE_A_SENTENCE = /[.!?…。！？]["'»«“”‘’)\]]*$/u;

/**
 * A summary is one to three sentences from the start of the text, cut at
 * sentence ends, or at a word with an ellipsis when no sentence ends in time.
 * Each block (paragraph, list item) ends a sentence; the summary goes on into
 * the next only while both read as prose, so links and timestamp lists after
 * the first paragraph stay out. Only the start of each block is segmented: a
 * description of any length costs the same.
 */
export function summarizeBlocks(blocks: readonly string[], maxLength = 300): string {
  const chosen: string[] = [];
  let sentencesTaken = 0;
  for (const block of blocks) {
    const clean = block.replace(/\s+/g, ' ').trim();
    if (!clean) continue;
    if (chosen.length && !(ENDS_LIKE_A_SENTENCE.test(chosen.at(-1)!) && ENDS_LIKE_A_SENTENCE.test(clean))) break;
    const room = maxLength - chosen.reduce((length, taken) => length + taken.length + 1, 0);
    // Some text past the room left, so the segmenter sees how the last sentence that fits ends.
    const start = clean.slice(0, room + 100);
    const ends = sentenceEnds(start).filter((end) => end <= room && (end < start.length || start.length === clean.length));
    const taken = ends.slice(0, 3 - sentencesTaken);
    if (!taken.length) break;
    chosen.push(clean.slice(0, taken.at(-1)));
    sentencesTaken += taken.length;
    if (sentencesTaken >= 3 || taken.at(-1)! < clean.length) break;
  }
  if (chosen.length) return chosen.join(' ');
  const first =
    blocks
      .find((block) => block.trim())
      ?.replace(/\s+/g, ' ')
      .trim() ?? '';
  const cut = first.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).trim()}…`;
}

/** The summary of one text, taken as a single block. */
export const summarize = (text: string, maxLength = 300) => (text.trim() ? summarizeBlocks([text], maxLength) : '');

/** HTML enough to hold a summary's few hundred characters of text many times over. */
const SUMMARY_SOURCE_LENGTH = 20_000;

/**
 * The summary of notes given as HTML. Only the start of the text can end up
 * in it, so long notes are read only as far as needed, unless their start
 * holds too little text (a long style block, say).
 */
export function summaryOf(html: string, maxLength = 300): string {
  const start = plainBlocks(html.slice(0, SUMMARY_SOURCE_LENGTH));
  const enough = start.join(' ').length > maxLength || html.length <= SUMMARY_SOURCE_LENGTH;
  const blocks = enough ? start : plainBlocks(html);
  return blocks.length ? summarizeBlocks(blocks, maxLength) : '';
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
