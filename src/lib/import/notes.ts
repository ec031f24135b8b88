import TurndownService from 'turndown';
import { formatClock, parseDuration } from '../duration';

/**
 * Show notes arrive as HTML (CDATA or entity-escaped; the feed parser already
 * unwrapped both). The site keeps notes as Markdown, so podcasters can edit them.
 */

export interface NoteLink {
  title: string;
  url: string;
}

const WEB_ADDRESS = /^https?:\/\/[^\s]+$/i;
const SAFE_HREF = /^(?:https?:|mailto:)/i;

function markdownConverter(links: NoteLink[]): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '_' });
  service.remove(['script', 'style', 'iframe', 'object', 'embed', 'form']);
  service.addRule('links', {
    filter: (node) => node.nodeName === 'A',
    replacement(content, node) {
      const href = ((node as HTMLElement).getAttribute('href') ?? '').trim();
      const text = content.trim();
      // Only web and mail addresses survive: a `javascript:` link from an old host must not reach the site.
      if (!SAFE_HREF.test(href) || !text) return content;
      const plain = (node as HTMLElement).textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (WEB_ADDRESS.test(href) && plain) links.push({ title: plain, url: href });
      return `[${text}](${href.replace(/[()\s]/g, encodeURIComponent)})`;
    },
  });
  return service;
}

/** Markdown for the episode body, plus every web link the notes contain (in order, without repeats). */
export function convertNotes(html: string): { markdown: string; links: NoteLink[] } {
  const found: NoteLink[] = [];
  const markdown = html.trim() ? markdownConverter(found).turndown(html).trim() : '';
  const seen = new Set<string>();
  const links = found.filter(({ url }) => !seen.has(url) && Boolean(seen.add(url)));
  return { markdown, links };
}

const BLOCK = new Set(['P', 'DIV', 'BR', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TR', 'HR', 'PRE', 'TABLE']);

/** The notes as one line of plain text, for the summary. */
export function notesToPlainText(html: string): string {
  if (!html.trim()) return '';
  const service = new TurndownService();
  service.escape = (text) => text;
  service.remove(['script', 'style', 'iframe', 'object', 'embed', 'form']);
  service.addRule('plain', {
    filter: () => true,
    replacement: (content, node) => (BLOCK.has(node.nodeName) ? ` ${content} ` : content),
  });
  return service.turndown(html).replace(/\s+/g, ' ').trim();
}

/**
 * A summary is one to three sentences; long feed descriptions are cut at a
 * sentence end, or at a word with an ellipsis when no sentence ends in time.
 */
export function summarize(text: string, maxLength = 300): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const sentences = clean.match(/[^.!?]+[.!?]+(?:\s|$)/g) ?? [];
  let summary = '';
  for (const sentence of sentences.slice(0, 3)) {
    if ((summary + sentence).trim().length > maxLength) break;
    summary += sentence;
  }
  if (summary.trim()) return summary.trim();
  const cut = clean.slice(0, maxLength - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).trim()}…`;
}

export interface FeedChapter {
  start?: string | undefined;
  title?: string | undefined;
}

/**
 * Podlove Simple Chapters as timed headings (`## Intro [00:00:00]`), the form the
 * episode page turns into jump marks.
 * @see https://podlove.org/simple-chapters/
 */
export function chapterHeadings(chapters: readonly FeedChapter[]): string {
  return chapters
    .flatMap((chapter, index) => {
      const seconds = chapter.start === undefined ? undefined : parseDuration(chapter.start);
      if (seconds === undefined) return [];
      const title = (chapter.title ?? '').replace(/\s+/g, ' ').replace(/^#+\s*/, '').trim() || `Kapitel ${index + 1}`;
      return [`## ${title} [${formatClock(seconds, { alwaysHours: true })}]`];
    })
    .join('\n\n');
}
