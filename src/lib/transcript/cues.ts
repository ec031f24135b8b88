import type { TranscriptParagraph } from './episode-body';

export interface Cue {
  start: number;
  end: number;
  speaker: string | undefined;
  lines: string[];
}

export interface CueOptions {
  /** Caption guidelines (BBC, Netflix, Apple) keep a line to about 42–65 characters. */
  maxLineLength?: number;
  linesPerCue?: number;
  /** For formats without voice tags (SRT): write `Oliver: …` into the text. */
  speakerInText?: boolean;
  /** For formats whose line length is a hard limit: a word longer than a line is cut into pieces that fit. */
  breakLongWords?: boolean;
}

type TimedParagraph = TranscriptParagraph & { start: number };

/**
 * When a paragraph is spoken: from its start until the next paragraph starts
 * (the last one until the audio ends). Paragraphs starting in the same second
 * share that time by length, in order, so no cue is empty.
 */
function spanOf(timed: readonly TimedParagraph[], index: number, duration: number): { start: number; end: number } {
  const { start } = timed[index]!;
  let first = index;
  while (first > 0 && timed[first - 1]!.start === start) first -= 1;
  let last = index;
  while (last + 1 < timed.length && timed[last + 1]!.start === start) last += 1;
  const end = timed[last + 1]?.start ?? duration;
  if (first === last) return { start, end };
  const weights = timed.slice(first, last + 1).map((paragraph) => paragraph.text.length + 1);
  const total = weights.reduce((sum, value) => sum + value, 0);
  const before = weights.slice(0, index - first).reduce((sum, value) => sum + value, 0);
  const share = (part: number) => start + ((end - start) * part) / total;
  return { start: share(before), end: share(before + weights[index - first]!) };
}

/**
 * Caption cues from timed paragraphs: a paragraph runs until the next one starts
 * (the last one until the audio ends) and is cut into cues of a few short lines,
 * each getting a share of the paragraph's time proportional to its length.
 * Expects times checked by `checkTimes`.
 */
export function buildCues(paragraphs: readonly TranscriptParagraph[], duration: number, options: CueOptions = {}): Cue[] {
  const { maxLineLength = 65, linesPerCue = 2, speakerInText = false, breakLongWords = false } = options;
  const timed = paragraphs.filter((paragraph): paragraph is TimedParagraph => paragraph.start !== undefined && paragraph.text !== '');
  return timed.flatMap((paragraph, index) => {
    const { start, end } = spanOf(timed, index, duration);
    const text = speakerInText && paragraph.speaker ? `${paragraph.speaker}: ${paragraph.text}` : paragraph.text;
    const groups = chunk(wrapLines(text, maxLineLength, { breakLongWords }), linesPerCue);
    const total = groups.reduce((sum, lines) => sum + weight(lines), 0);
    let done = 0;
    return groups.map((lines) => {
      const cueStart = start + ((end - start) * done) / total;
      done += weight(lines);
      const cueEnd = start + ((end - start) * done) / total;
      return { start: roundMs(cueStart), end: roundMs(cueEnd), speaker: speakerInText ? undefined : paragraph.speaker, lines };
    });
  });
}

/** Characters as a reader counts them: an umlaut or an emoji is one, not two UTF-16 units. */
export const characterCount = (text: string) => [...text].length;

/**
 * Greedy word wrap. A single word longer than a line keeps a line of its own,
 * or with `breakLongWords` is cut into pieces of a line's length.
 */
export function wrapLines(text: string, maxLength: number, { breakLongWords = false } = {}): string[] {
  const lines: string[] = [];
  let lastLength = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = characterCount(word);
    if (lines.length > 0 && lastLength + 1 + length <= maxLength) {
      lines[lines.length - 1] = `${lines.at(-1)!} ${word}`;
      lastLength += 1 + length;
    } else if (breakLongWords && length > maxLength) {
      const characters = [...word];
      for (let from = 0; from < characters.length; from += maxLength) lines.push(characters.slice(from, from + maxLength).join(''));
      lastLength = characterCount(lines.at(-1)!);
    } else {
      lines.push(word);
      lastLength = length;
    }
  }
  return lines;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks;
}

const weight = (lines: readonly string[]) => lines.reduce((sum, line) => sum + line.length + 1, 0);
const roundMs = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** `hh:mm:ss.mmm` (WebVTT) or `hh:mm:ss,mmm` (SRT). */
export function cueTimestamp(seconds: number, separator: '.' | ',' = '.'): string {
  const ms = Math.round(seconds * 1000);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${separator}${pad(ms % 1000, 3)}`;
}
