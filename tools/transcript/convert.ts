import { readCaptions } from './captions.ts';
import { checkChapters, type ConvertedChapter } from './chapter-files.ts';
import { checkCueTimes, problemAt, SourceProblems, TranscriptFileError, type Cue } from './cues.ts';
import { readHtmlTranscript, looksLikeHtmlTranscript } from './html-input.ts';
import { jsonTranscriptFormat, readJsonTranscript, type JsonTranscriptFormat } from './json-formats.ts';
import { parseJson } from './json-source.ts';
import { paragraphsFromCues, type ConvertedParagraph } from './paragraphs.ts';
import { looksLikeTextExport, readTextExport } from './text-exports.ts';

/**
 * Transcript files of the tools podcasters use, into paragraphs the site's
 * Markdown can hold. The one entry for `npm run transcript` and for the
 * importer (`podcast:transcript` files of a source feed):
 *
 * ```ts
 * const transcript = convertTranscript(text, { fileName: 'folge-42.vtt', duration: 1834 });
 * const markdown = transcriptMarkdown(transcript, { speakerNames: new Map([['SPEAKER_00', 'Oliver']]) });
 * ```
 *
 * A file that cannot be right throws `TranscriptFileError`, whose message
 * names the file, the line and what is expected.
 */

export { transcriptMarkdown, escapeTranscriptText, type MarkdownOptions, type PlacedChapter } from './markdown.ts';
export { TranscriptFileError, type SourceProblem } from './cues.ts';
export type { ConvertedParagraph } from './paragraphs.ts';
export type { ConvertedChapter } from './chapter-files.ts';

export type TranscriptFormat = 'webvtt' | 'subrip' | JsonTranscriptFormat | 'html' | 'text-export';

/** Each format as podcasters know it, for messages. */
export const TRANSCRIPT_FORMAT_NAMES: Record<TranscriptFormat, string> = {
  webvtt: 'WebVTT',
  subrip: 'SubRip (SRT)',
  'podcasting20-json': 'Podcasting 2.0 JSON transcript',
  'whisper-json': 'Whisper JSON',
  'whisper-cpp-json': 'whisper.cpp JSON',
  'whisperx-json': 'WhisperX JSON',
  html: 'HTML transcript',
  'text-export': 'text export with speakers and times (Descript, Riverside, Otter)',
};

export interface ConvertOptions {
  /** The file's name or address, for messages, and a hint when the content alone does not tell the format. */
  fileName?: string;
  /** The MIME type a server or feed gave (`podcast:transcript type="text/vtt"`), a hint like the name. */
  contentType?: string;
  /** Length of the audio in seconds: a cue starting after it is an error. */
  duration?: number;
  /**
   * Names that count as speakers wherever they open a line (`Oliver: …`), even
   * once; other names must open two lines. Give the episode's host and guests.
   */
  knownSpeakers?: readonly string[];
  /**
   * Where chapters start, in seconds: a paragraph never runs across one, so
   * each chapter heading can stand right before the words it introduces.
   */
  chapterStarts?: readonly number[];
}

export interface ConvertedTranscript {
  format: TranscriptFormat;
  /** Paragraphs per speaker turn, long turns split at sentence ends, in time order. */
  paragraphs: ConvertedParagraph[];
  /** Chapters the file itself holds (text exports with `## Title [hh:mm:ss]` headings); most formats have none. */
  chapters: ConvertedChapter[];
  /** Speaker labels as the file writes them, in order of first appearance. */
  speakers: string[];
  /** Things worth telling the podcaster that did not stop the conversion. */
  warnings: string[];
}

const NOT_A_TRANSCRIPT =
  'not a transcript this tool reads; expected WebVTT, SubRip (SRT), a JSON transcript (Podcasting 2.0, Whisper, whisper.cpp, WhisperX), ' +
  'an HTML transcript, or a text export with a speaker and a time for each paragraph (Descript, Riverside, Otter)';

const hint = (fileName: string, contentType: string, extensions: RegExp, types: RegExp) =>
  extensions.test(fileName) || types.test(contentType.split(';')[0]!.trim());

/** The format, told by the content; the file name and MIME type only decide when the content says nothing clear. */
function formatOf(text: string, fileName: string, contentType: string): { format: TranscriptFormat; data?: unknown } {
  const start = text.trimStart();
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(start)) return { format: 'webvtt' };
  if (/^(?:\{|\[\s*[{\]])/.test(start)) {
    const data = parseJson(text);
    const format = jsonTranscriptFormat(data);
    if (!format) throw problemAt(1, `JSON, but ${NOT_A_TRANSCRIPT}`);
    return { format, data };
  }
  if (/^(?:\d+[ \t]*\r?\n)?[ \t]*[\d:.,]+[ \t]*-->/.test(start)) return { format: 'subrip' };
  if (looksLikeHtmlTranscript(text)) return { format: 'html' };
  if (looksLikeTextExport(text)) return { format: 'text-export' };
  if (hint(fileName, contentType, /\.vtt$/i, /^text\/vtt$/i)) return { format: 'webvtt' };
  if (hint(fileName, contentType, /\.srt$/i, /^(?:application\/(?:x-)?subrip|text\/srt)$/i)) return { format: 'subrip' };
  throw problemAt(undefined, NOT_A_TRANSCRIPT);
}

function cuesOf(text: string, format: TranscriptFormat, data: unknown, knownSpeakers: readonly string[]) {
  switch (format) {
    case 'webvtt':
    case 'subrip': {
      const { cues, warnings } = readCaptions(text, format, knownSpeakers);
      return { cues, chapters: [], warnings };
    }
    case 'html':
      return { cues: readHtmlTranscript(text), chapters: [], warnings: [] };
    case 'text-export':
      return readTextExport(text, knownSpeakers);
    default:
      return { cues: readJsonTranscript(text, data, format), chapters: [], warnings: [] };
  }
}

/** The first cue at or after each chapter start (in whole seconds, as the Markdown writes times) opens a paragraph. */
function breakAtChapters(cues: readonly Cue[], chapterStarts: readonly number[]): readonly Cue[] {
  const starts = chapterStarts.map(Math.floor).sort((a, b) => a - b);
  let next = 0;
  return cues.map((cue) => {
    let opens = false;
    while (next < starts.length && starts[next]! <= Math.floor(cue.start)) {
      opens = true;
      next += 1;
    }
    return opens ? { ...cue, breakBefore: true } : cue;
  });
}

function speakersOf(cues: readonly Cue[]): string[] {
  return [...new Set(cues.flatMap((cue) => (cue.speaker && cue.text ? [cue.speaker] : [])))];
}

/**
 * Reads a transcript file of any format this tool knows, told apart by its
 * content: WebVTT (speakers as `<v Name>` or `Name:`), SubRip (with or without
 * `Name:`), Podcasting 2.0 JSON (and this site's `transcript.json`), Whisper,
 * whisper.cpp and WhisperX JSON, the Podcasting 2.0 HTML transcript, and the
 * text exports of Descript, Riverside and Otter. Cues become paragraphs per
 * speaker turn; a long turn is split at sentence ends.
 * @throws TranscriptFileError naming the file, the line and what is expected.
 */
export function convertTranscript(text: string, options: ConvertOptions = {}): ConvertedTranscript {
  const { fileName = 'transcript', contentType = '', duration, knownSpeakers = [], chapterStarts = [] } = options;
  try {
    const source = text.replace(/^\uFEFF/, '');
    const { format, data } = formatOf(source, fileName, contentType);
    const { cues, chapters, warnings } = cuesOf(source, format, data, knownSpeakers);
    checkCueTimes(cues, duration);
    checkChapters(chapters, duration);
    const paragraphs = paragraphsFromCues(breakAtChapters(cues, chapterStarts));
    if (paragraphs.length === 0) throw problemAt(undefined, `the ${TRANSCRIPT_FORMAT_NAMES[format]} holds no text`);
    return {
      format,
      paragraphs,
      chapters: chapters.map(({ start, title }) => ({ start, title })),
      speakers: speakersOf(cues),
      warnings,
    };
  } catch (error) {
    if (error instanceof SourceProblems) throw new TranscriptFileError(fileName, error.problems);
    throw error;
  }
}
