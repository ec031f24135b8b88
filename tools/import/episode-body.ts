import { formatClock } from '../../src/lib/base/duration.ts';
import { convertTranscript, transcriptMarkdown, TranscriptFileError, type ConvertedTranscript } from '../transcript/convert.ts';
import { readChapterFile } from '../transcript/chapter-files.ts';
import type { FeedChapterMark, RemoteFile } from './episode-from-item.ts';

/**
 * The body of an imported episode: the show notes, then the chapters as timed
 * headings, or, when the old host published a transcript the importer could
 * read, a transcript with the chapters in their places. Everything here is
 * shaped so that the build's time checks (docs/transcripts.md) always pass.
 */

const clock = (seconds: number) => formatClock(seconds, { alwaysHours: true });

/**
 * Chapters the site can keep: in time order, at whole seconds, one chapter a
 * second, inside the audio. What had to go is said in `left`, a phrase each.
 */
export function usableChapters(
  chapters: readonly FeedChapterMark[],
  duration: number | undefined,
): { chapters: FeedChapterMark[]; left: string[] } {
  const kept: FeedChapterMark[] = [];
  const left: string[] = [];
  const ordered = chapters.map((chapter, index) => ({ ...chapter, index })).sort((a, b) => a.start - b.start || a.index - b.index);
  for (const { start, title } of ordered) {
    const second = Math.floor(start);
    if (duration !== undefined && second >= duration) left.push(`"${title}" at ${clock(second)} starts after the end of the audio`);
    else if (kept.length && Math.floor(kept.at(-1)!.start) === second)
      left.push(`"${title}" at ${clock(second)} starts in the same second as "${kept.at(-1)!.title}"`);
    else kept.push({ start: second, title });
  }
  return { chapters: kept, left };
}

/** The chapters of a `podcast:chapters` file; chapters hidden from the table of contents stay out. */
export function chaptersFromFile(text: string): FeedChapterMark[] {
  return readChapterFile(text).chapters.map(({ start, title }) => ({ start, title }));
}

/** Which transcript formats to try first: those with speakers and times before those without. */
const PREFERENCE = [
  /^application\/json/i,
  /^text\/vtt/i,
  /^(?:application\/(?:x-)?subrip|application\/srt|text\/srt|text\/x-srt)/i,
  /^text\/html/i,
  /^text\/plain/i,
];

/** Transcript files in the order worth trying; files of a type no converter reads come last. */
export function transcriptsByPreference(files: readonly RemoteFile[]): RemoteFile[] {
  const rank = (file: RemoteFile) => {
    const found = PREFERENCE.findIndex((type) => type.test(file.type));
    return found === -1 ? PREFERENCE.length : found;
  };
  return files
    .map((file, index) => ({ file, index }))
    .sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index)
    .map(({ file }) => file);
}

export type TranscriptReading = { ok: true; transcript: ConvertedTranscript } | { ok: false; reason: string };

/** One transcript file as the site's paragraphs, or why it cannot be. */
export function readTranscript(
  text: string,
  file: RemoteFile,
  {
    duration,
    knownSpeakers,
    chapterStarts = [],
  }: { duration: number | undefined; knownSpeakers: readonly string[]; chapterStarts?: readonly number[] },
): TranscriptReading {
  try {
    return {
      ok: true,
      transcript: convertTranscript(text, { fileName: file.url, contentType: file.type, duration, knownSpeakers, chapterStarts }),
    };
  } catch (error) {
    if (error instanceof TranscriptFileError) return { ok: false, reason: error.message.replace(/\s+/g, ' ') };
    throw error;
  }
}

export interface BodyParts {
  /** Show notes as Markdown. */
  notes: string;
  /** Chapters as `usableChapters` leaves them. */
  chapters: readonly FeedChapterMark[];
  transcript?: ConvertedTranscript | undefined;
  /** The heading above the transcript, in the interface language of the podcast. */
  transcriptHeading: string;
}

/** Notes first; then the transcript under its heading with the chapters in place, or the chapters alone. */
export function episodeBody({ notes, chapters, transcript, transcriptHeading }: BodyParts): string {
  const timed = transcript
    ? `## ${transcriptHeading}\n\n${transcriptMarkdown(transcript, { chapters })}`
    : transcriptMarkdown({ paragraphs: [], chapters }, { chapters });
  return [notes, timed.trim()].filter(Boolean).join('\n\n');
}
