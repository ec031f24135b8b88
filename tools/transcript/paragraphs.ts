import type { Cue } from './cues.ts';
import { separatorBetween } from './text.ts';

/** One paragraph of the converted transcript: what one speaker says in one go, at most a readable length. */
export interface ConvertedParagraph {
  /** Seconds; the Markdown writes whole seconds, rounded down. */
  start: number;
  speaker: string | undefined;
  /** Plain text, one line. */
  text: string;
  /** Line of the file where the paragraph's first cue is. */
  line: number;
}

/**
 * A turn longer than this is split. The long demo episode's longest paragraph
 * has 703 characters; past about 900 (some 130 words, a minute of speech) a
 * paragraph reads as a wall of text on a phone.
 */
export const MAX_PARAGRAPH = 900;
/** A split turn is cut into parts of about this many characters. */
const TARGET_PARAGRAPH = 600;
/** No part of a split turn is shorter than this. */
const MIN_PART = 200;

interface Piece {
  /** Offset of the cue's text in the turn's text. */
  offset: number;
  cue: Cue;
}

interface Turn {
  speaker: string | undefined;
  text: string;
  pieces: Piece[];
}

interface OpenTurn {
  speaker: string | undefined;
  /** The text in pieces, joined once the turn is complete: a word-level file has tens of thousands of cues. */
  parts: string[];
  length: number;
  last: string;
  pieces: Piece[];
}

/**
 * Paragraphs from cues: cues follow each other into one paragraph while the
 * speaker stays, and a turn too long to read comfortably is cut at sentence
 * ends into parts of similar length, each starting at the time its first word
 * is spoken (read from its cue, or shared out by length inside a cue).
 * Expects cues in time order (`checkCueTimes`).
 */
export function paragraphsFromCues(cues: readonly Cue[]): ConvertedParagraph[] {
  return turnsOf(cues).flatMap(splitTurn);
}

function turnsOf(cues: readonly Cue[]): Turn[] {
  const turns: OpenTurn[] = [];
  let current: OpenTurn | undefined;
  for (const cue of cues) {
    if (!cue.text) continue;
    if (!current || cue.breakBefore || cue.speaker !== current.speaker) {
      current = { speaker: cue.speaker, parts: [], length: 0, last: '', pieces: [] };
      turns.push(current);
    }
    const separator = separatorBetween(current.last, cue.text);
    current.parts.push(separator, cue.text);
    current.pieces.push({ offset: current.length + separator.length, cue });
    current.length += separator.length + cue.text.length;
    current.last = cue.text;
  }
  return turns.map(({ speaker, parts, pieces }) => ({ speaker, text: parts.join(''), pieces }));
}

/** A `.`, `!`, `?` or `…` (with closing quotes or brackets) before white space, or a full stop of Chinese and Japanese. */
const SENTENCE_END = /[.!?…]["'»«“”‘’)\]]*\s+|[。！？]["'」』）]*/gu;
/** Words that end in a full stop without ending a sentence (German and English), a single letter (`z. B.`) and an ordinal (`am 3. Oktober`). */
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{L}|\d{1,2}|bzw|ca|dr|prof|nr|st|vgl|ggf|evtl|inkl|usw|etc|sog|bspw|mio|mrd|jh|mr|mrs|ms|vs|no|e\.g|i\.e)\.$/iu;

/** Offsets where a new sentence starts, leaving out abbreviations and a full stop before a lowercase word. */
function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(SENTENCE_END)) {
    const next = match.index + match[0].length;
    if (next >= text.length) continue;
    const before = text.slice(Math.max(0, match.index - 12), match.index + 1);
    if (match[0].startsWith('.') && ABBREVIATION.test(before)) continue;
    if (/^\p{Ll}/u.test(text.slice(next))) continue;
    starts.push(next);
  }
  return starts;
}

function splitTurn(turn: Turn): ConvertedParagraph[] {
  const length = turn.text.length;
  const cuts: number[] = [];
  if (length > MAX_PARAGRAPH) {
    const parts = Math.ceil(length / TARGET_PARAGRAPH);
    let candidates = sentenceStarts(turn.text);
    // A transcript without punctuation can still be cut where its cues meet.
    if (candidates.length === 0) candidates = turn.pieces.slice(1).map((piece) => piece.offset);
    let previous = 0;
    for (let part = 1; part < parts; part += 1) {
      const ideal = (length * part) / parts;
      const usable = candidates.filter((offset) => offset - previous >= MIN_PART && length - offset >= MIN_PART);
      const best = usable.reduce<number | undefined>(
        (chosen, offset) => (chosen === undefined || Math.abs(offset - ideal) < Math.abs(chosen - ideal) ? offset : chosen),
        undefined,
      );
      if (best === undefined) break;
      cuts.push(best);
      previous = best;
    }
  }
  const bounds = [0, ...cuts, length];
  return bounds.slice(0, -1).map((from, index) => ({
    start: timeAt(turn.pieces, from),
    speaker: turn.speaker,
    text: turn.text.slice(from, bounds[index + 1]).trim(),
    line: turn.pieces[pieceAt(turn.pieces, from)]!.cue.line,
  }));
}

/** Index of the cue the character at `offset` belongs to (pieces ascend by offset). */
function pieceAt(pieces: readonly Piece[], offset: number): number {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pieces[middle]!.offset <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** When the word at `offset` is spoken: its cue's start, plus its share of the cue's time by position in the cue's text. */
function timeAt(pieces: readonly Piece[], offset: number): number {
  const index = pieceAt(pieces, offset);
  const piece = pieces[index]!;
  const { cue } = piece;
  const next = pieces[index + 1]?.cue.start;
  const end = Math.min(cue.end ?? next ?? cue.start, next ?? Infinity);
  if (offset <= piece.offset || end <= cue.start) return cue.start;
  const share = (offset - piece.offset) / cue.text.length;
  return cue.start + (end - cue.start) * Math.min(1, share);
}
