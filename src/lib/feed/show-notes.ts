import { formatClock } from '../base/duration';

/**
 * The HTML in an item's `content:encoded`: what podcast apps show under the
 * episode. Links are absolute because apps show it far from the site.
 */

export interface ShowNotesChapter {
  start: number;
  title: string;
  /** Absolute link to the chapter on the episode page. */
  url: string;
}

export interface ShowNotes {
  summary: string;
  chapters: ShowNotesChapter[];
  links: { title: string; url: string }[];
  /** Absolute link to the full transcript; only episodes with a transcript have one. */
  transcriptUrl?: string | undefined;
  labels: { chapters: string; links: string; transcript: string };
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `&#39;` rather than `&apos;`: some apps render show notes with HTML 4 rules. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);

const link = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;

export function showNotesHtml(notes: ShowNotes): string {
  const parts = [`<p>${escapeHtml(notes.summary)}</p>`];
  if (notes.chapters.length > 0) {
    const items = notes.chapters.map((chapter) => `<li>${formatClock(chapter.start)} ${link(chapter.url, chapter.title)}</li>`);
    parts.push(`<p><strong>${escapeHtml(notes.labels.chapters)}</strong></p>`, `<ul>${items.join('')}</ul>`);
  }
  if (notes.links.length > 0) {
    const items = notes.links.map((item) => `<li>${link(item.url, item.title)}</li>`);
    parts.push(`<p><strong>${escapeHtml(notes.labels.links)}</strong></p>`, `<ul>${items.join('')}</ul>`);
  }
  if (notes.transcriptUrl) parts.push(`<p>${link(notes.transcriptUrl, notes.labels.transcript)}</p>`);
  return parts.join('\n');
}
