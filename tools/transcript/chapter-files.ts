import { SaxesParser } from 'saxes';
import { formatClock, parseDuration } from '../../src/lib/base/duration.ts';
import { problemAt, SourceProblems, type SourceProblem } from './cues.ts';
import { readCaptions } from './captions.ts';
import { arrayElementLines, describeValue, isRecord, parseJson } from './json-source.ts';

/** A chapter: where it starts and what it is called (plain text). */
export interface ConvertedChapter {
  start: number;
  title: string;
}

export type LocatedChapter = ConvertedChapter & { line: number | undefined };

export type ChapterFormat = 'podcasting20-chapters' | 'podlove-simple-chapters' | 'webvtt-chapters' | 'chapter-list';

export const CHAPTER_FORMAT_NAMES: Record<ChapterFormat, string> = {
  'podcasting20-chapters': 'Podcasting 2.0 JSON chapters',
  'podlove-simple-chapters': 'Podlove Simple Chapters',
  'webvtt-chapters': 'WebVTT chapters',
  'chapter-list': 'chapter list',
};

const clock = (seconds: number) => formatClock(seconds, { alwaysHours: true });
const tidy = (title: string) => title.replace(/\s+/g, ' ').trim();

/**
 * Podcasting 2.0 JSON chapters; chapters marked `"toc": false` are only
 * artwork changes between chapters and stay out of the transcript.
 * @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/chapters/jsonChapters.md
 */
function podcastingChapters(text: string, warnings: string[]): LocatedChapter[] {
  const data = parseJson(text);
  if (!isRecord(data) || !Array.isArray(data.chapters)) {
    throw problemAt(1, 'expected Podcasting 2.0 JSON chapters: an object with a "chapters" list');
  }
  const lines = arrayElementLines(text, 'chapters');
  return data.chapters.flatMap((chapter: unknown, index): LocatedChapter[] => {
    const line = lines[index];
    if (!isRecord(chapter) || typeof chapter.startTime !== 'number' || !Number.isFinite(chapter.startTime) || chapter.startTime < 0) {
      const found = isRecord(chapter) ? describeValue(chapter.startTime) : describeValue(chapter);
      throw problemAt(line, `chapters[${index}].startTime: expected seconds as a number, found ${found}`);
    }
    if (chapter.toc === false) return [];
    const title = typeof chapter.title === 'string' ? tidy(chapter.title) : '';
    if (!title) {
      warnings.push(`chapter ${index + 1} at ${clock(chapter.startTime)} has no title and was left out`);
      return [];
    }
    return [{ start: chapter.startTime, title, line }];
  });
}

/**
 * Podlove Simple Chapters, as a file of its own or copied from a feed.
 * @see https://podlove.org/simple-chapters/
 */
function simpleChapters(text: string): LocatedChapter[] {
  const chapters: LocatedChapter[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let failure: SourceProblem | undefined;
  parser.on('error', (error) => {
    failure ??= { line: parser.line, message: `not valid XML (${error.message.replace(/^[^:]*:\d+:\d+: /, '')})` };
  });
  parser.on('opentag', (tag) => {
    if (failure || tag.name.split(':').pop() !== 'chapter') return;
    const start = String(tag.attributes.start ?? '');
    const seconds = parseDuration(start);
    if (seconds === undefined || !start.includes(':')) {
      failure = { line: parser.line, message: `start="${start}" is not a time; expected hh:mm:ss or hh:mm:ss.mmm` };
      return;
    }
    const title = tidy(String(tag.attributes.title ?? ''));
    if (!title) failure = { line: parser.line, message: 'a chapter without a title; expected title="…"' };
    else chapters.push({ start: seconds, title, line: parser.line });
  });
  parser.write(text).close();
  if (failure) throw new SourceProblems([failure]);
  return chapters;
}

/** `00:12:30 Title`, `0:12:30.500 Title`, `[12:30] Title`, `(12:30) - Title`: one chapter a line, as in show notes and mp4chaps files. */
const LIST_LINE = /^[[(]?((?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[\])]?\s*(?:[-–—:|]\s*)?(.*)$/;

function chapterList(text: string): LocatedChapter[] {
  return text.split(/\r\n|\r|\n/).flatMap((raw, index): LocatedChapter[] => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return [];
    const match = LIST_LINE.exec(line);
    const seconds = match ? parseDuration(match[1]!.replace(',', '.')) : undefined;
    if (!match || seconds === undefined) {
      throw problemAt(index + 1, `expected a chapter like "00:12:30 Title", found "${line.length > 60 ? `${line.slice(0, 60)}…` : line}"`);
    }
    const title = tidy(match[2]!);
    if (!title) throw problemAt(index + 1, `the chapter at ${match[1]} has no title; expected "${match[1]} Title"`);
    return [{ start: seconds, title, line: index + 1 }];
  });
}

function webvttChapters(text: string): LocatedChapter[] {
  return readCaptions(text, 'webvtt').cues.map((cue) => ({ start: cue.start, title: cue.text, line: cue.line }));
}

export function chapterFormatOf(text: string): ChapterFormat {
  const start = text.trimStart();
  if (start.startsWith('{')) return 'podcasting20-chapters';
  if (start.startsWith('<')) return 'podlove-simple-chapters';
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(start)) return 'webvtt-chapters';
  return 'chapter-list';
}

/**
 * The chapters of a chapters file (`--chapters`), told apart by content:
 * Podcasting 2.0 JSON chapters, Podlove Simple Chapters (XML), WebVTT chapters,
 * or a plain list of `hh:mm:ss Title` lines. Throws `SourceProblems` with lines.
 */
export function readChapterFile(text: string): { format: ChapterFormat; chapters: LocatedChapter[]; warnings: string[] } {
  const format = chapterFormatOf(text);
  const warnings: string[] = [];
  const chapters =
    format === 'podcasting20-chapters'
      ? podcastingChapters(text, warnings)
      : format === 'podlove-simple-chapters'
        ? simpleChapters(text)
        : format === 'webvtt-chapters'
          ? webvttChapters(text)
          : chapterList(text);
  if (chapters.length === 0) throw problemAt(undefined, `no chapters found in this ${CHAPTER_FORMAT_NAMES[format]} file`);
  return { format, chapters, warnings };
}

/**
 * Chapters must rise through the audio, each in a second of its own (the site
 * writes whole seconds and refuses two chapters at one time), and start
 * inside the audio.
 */
export function checkChapters(chapters: readonly LocatedChapter[], duration: number | undefined): void {
  const problems: SourceProblem[] = [];
  chapters.forEach((chapter, index) => {
    const previous = chapters[index - 1];
    if (previous && Math.floor(chapter.start) <= Math.floor(previous.start)) {
      const where = previous.line === undefined ? '' : ` (line ${previous.line})`;
      problems.push({
        line: chapter.line,
        message:
          Math.floor(chapter.start) === Math.floor(previous.start)
            ? `"${chapter.title}" starts in the same second as "${previous.title}"${where}, ${clock(chapter.start)}; expected each chapter in a second of its own`
            : `"${chapter.title}" starts at ${clock(chapter.start)}, before "${previous.title}"${where} at ${clock(previous.start)}; expected chapters in time order`,
      });
    }
    if (duration !== undefined && chapter.start >= duration) {
      problems.push({
        line: chapter.line,
        message: `"${chapter.title}" starts at ${clock(chapter.start)}, after the end of the audio (${clock(duration)})`,
      });
    }
  });
  if (problems.length > 0) throw new SourceProblems(problems);
}
