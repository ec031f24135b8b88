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
}

/**
 * Caption cues from timed paragraphs: a paragraph runs until the next one starts
 * (the last one until the audio ends) and is cut into cues of a few short lines,
 * each getting a share of the paragraph's time proportional to its length.
 * Expects times checked by `checkTimes`.
 */
export function buildCues(paragraphs: readonly TranscriptParagraph[], duration: number, options: CueOptions = {}): Cue[] {
  const { maxLineLength = 65, linesPerCue = 2, speakerInText = false } = options;
  const timed = paragraphs.filter(
    (paragraph): paragraph is TranscriptParagraph & { start: number } => paragraph.start !== undefined && paragraph.text !== '',
  );
  return timed.flatMap((paragraph, index) => {
    const end = timed[index + 1]?.start ?? duration;
    const text = speakerInText && paragraph.speaker ? `${paragraph.speaker}: ${paragraph.text}` : paragraph.text;
    const groups = chunk(wrapLines(text, maxLineLength), linesPerCue);
    const total = groups.reduce((sum, lines) => sum + weight(lines), 0);
    let done = 0;
    return groups.map((lines) => {
      const cueStart = paragraph.start + ((end - paragraph.start) * done) / total;
      done += weight(lines);
      const cueEnd = paragraph.start + ((end - paragraph.start) * done) / total;
      return { start: roundMs(cueStart), end: roundMs(cueEnd), speaker: speakerInText ? undefined : paragraph.speaker, lines };
    });
  });
}

/** Greedy word wrap; a single word longer than a line keeps a line of its own. */
export function wrapLines(text: string, maxLength: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxLength) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
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
