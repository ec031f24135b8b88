import { formatClock } from '../../src/lib/base/duration.ts';
import { escapeMarkdownText } from '../import/notes.ts';
import type { ConvertedChapter } from './chapter-files.ts';
import type { ConvertedParagraph } from './paragraphs.ts';

/** A chapter to place in the transcript; `markdown` keeps a heading the podcaster wrote exactly as written. */
export type PlacedChapter = ConvertedChapter & { markdown?: string };

export interface MarkdownOptions {
  /** Names for the file's speaker labels (`SPEAKER_00` → `Oliver`); a label without one is written as it is. */
  speakerNames?: ReadonlyMap<string, string>;
  /** The chapters to place; the transcript's own when left out. */
  chapters?: readonly PlacedChapter[];
}

/**
 * Text that stays text in Markdown and MDX: the importer's escaping (`*`, `_`,
 * `<`, `[` …), braces, which open an expression in MDX, and tildes, which
 * strike words through in GitHub's Markdown the site uses.
 */
export const escapeTranscriptText = (text: string) => escapeMarkdownText(text).replace(/[{}~]/g, '\\$&');

const timeMark = (seconds: number) => `[${formatClock(Math.floor(seconds), { alwaysHours: true })}]`;

function paragraphMarkdown({ start, speaker, text }: ConvertedParagraph, names: ReadonlyMap<string, string>): string {
  const name = speaker === undefined ? undefined : (names.get(speaker) ?? speaker);
  return `${timeMark(start)} ${name ? `**${escapeTranscriptText(name)}:** ` : ''}${escapeTranscriptText(text)}`;
}

const chapterMarkdown = (chapter: PlacedChapter) =>
  chapter.markdown ?? `## ${escapeTranscriptText(chapter.title)} ${timeMark(chapter.start)}`;

/**
 * The transcript as the site's Markdown (docs/transcripts.md): each paragraph
 * `[hh:mm:ss] **Speaker:** text`, each chapter a heading `## Title [hh:mm:ss]`
 * before the first paragraph at or after its start (whole seconds, so the
 * times rise through the file as the build demands).
 */
export function transcriptMarkdown(
  transcript: { paragraphs: readonly ConvertedParagraph[]; chapters: readonly ConvertedChapter[] },
  { speakerNames = new Map(), chapters = transcript.chapters }: MarkdownOptions = {},
): string {
  const pending = [...chapters].sort((a, b) => Math.floor(a.start) - Math.floor(b.start));
  const blocks: string[] = [];
  for (const paragraph of transcript.paragraphs) {
    while (pending.length > 0 && Math.floor(pending[0]!.start) <= Math.floor(paragraph.start))
      blocks.push(chapterMarkdown(pending.shift()!));
    blocks.push(paragraphMarkdown(paragraph, speakerNames));
  }
  blocks.push(...pending.map(chapterMarkdown));
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}
