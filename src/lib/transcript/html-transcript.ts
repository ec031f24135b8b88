import { formatClock, isoDuration } from '../base/duration';
import type { TranscriptParagraph } from './episode-body';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The Podcasting 2.0 HTML transcript: for each timed paragraph the speaker as
 * `<cite>Oliver:</cite>` (when named), its start as `<time>00:02:40</time>` and
 * the words as `<p>`, nothing else in the body, so apps that read the spec's
 * shape find exactly that. Around it a complete page (language, title, the
 * episode page as canonical address), so it also reads well opened on its own.
 * @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/transcripts/transcripts.md#html
 */
export function toHtmlTranscript(
  paragraphs: readonly TranscriptParagraph[],
  { title, language, pageUrl }: { title: string; language: string; pageUrl: string },
): string {
  const blocks = paragraphs.flatMap(({ start, speaker, text }) => {
    if (start === undefined || text === '') return [];
    const cite = speaker ? `<cite>${escapeHtml(speaker)}:</cite>\n` : '';
    return [
      `${cite}<time datetime="${isoDuration(start)}">${formatClock(start, { alwaysHours: true })}</time>\n<p>${escapeHtml(text)}</p>`,
    ];
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="canonical" href="${escapeHtml(pageUrl)}">`,
    '</head>',
    '<body>',
    ...blocks,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
