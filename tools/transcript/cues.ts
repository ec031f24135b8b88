import { cueTimestamp } from '../../src/lib/transcript/cues.ts';

/** One timed piece of a transcript file, as its format gives it: a caption cue, a JSON segment, a block of a text export. */
export interface Cue {
  /** Seconds from the start of the audio. */
  start: number;
  /** Seconds; formats that give only starts leave it out. */
  end: number | undefined;
  /** The speaker label as the file writes it; the format's reader resolves "same as before". */
  speaker: string | undefined;
  /** Plain text on one line: markup, entities and line wraps already resolved. */
  text: string;
  /** Line in the file, for messages. */
  line: number;
  /** The file starts a new paragraph here even when the speaker stays (a block of a text export, a turn whisper.cpp marks). */
  breakBefore?: boolean;
}

export interface SourceProblem {
  /** Line in the file; `undefined` when the problem is the whole file. */
  line: number | undefined;
  message: string;
}

/** What a format's reader throws; `convertTranscript` turns it into a `TranscriptFileError` naming the file. */
export class SourceProblems extends Error {
  readonly problems: readonly SourceProblem[];
  constructor(problems: readonly SourceProblem[]) {
    super(problems.map(({ line, message }) => `${line ?? '-'}: ${message}`).join('\n'));
    this.problems = problems;
  }
}

export const problemAt = (line: number | undefined, message: string) => new SourceProblems([{ line, message }]);

/** At most this many problems are listed; a file broken throughout would otherwise print thousands of lines. */
const MAX_LISTED = 20;

/**
 * A transcript file that cannot be converted. The message has one line per
 * problem, `file:line: what is wrong and what is expected`, like the build's.
 */
export class TranscriptFileError extends Error {
  override name = 'TranscriptFileError';
  readonly file: string;
  readonly problems: readonly SourceProblem[];
  constructor(file: string, problems: readonly SourceProblem[]) {
    const listed = problems
      .slice(0, MAX_LISTED)
      .map(({ line, message }) => `${file}${line === undefined ? '' : `:${line}`}: ${message}`)
      .join('\n');
    super(problems.length > MAX_LISTED ? `${listed}\n${file}: … and ${problems.length - MAX_LISTED} more problems` : listed);
    this.file = file;
    this.problems = problems;
  }
}

export const preciseClock = (seconds: number) => cueTimestamp(seconds);

/**
 * Cues must run forward through the audio: players and the site's time marks
 * assume it, and a cue out of order is nearly always a broken export or two
 * files pasted together. Overlapping cues are fine (two people talking at once).
 */
export function checkCueTimes(cues: readonly Cue[], duration: number | undefined): void {
  const problems: SourceProblem[] = [];
  let previous: Cue | undefined;
  for (const cue of cues) {
    if (cue.end !== undefined && cue.end < cue.start) {
      problems.push({
        line: cue.line,
        message: `the cue ends at ${preciseClock(cue.end)}, before it starts at ${preciseClock(cue.start)}; expected the start first, then a later end`,
      });
    }
    if (previous && cue.start < previous.start) {
      problems.push({
        line: cue.line,
        message: `the cue starts at ${preciseClock(cue.start)}, before the cue on line ${previous.line} (${preciseClock(previous.start)}); expected cues in time order`,
      });
    }
    if (duration !== undefined && cue.start >= duration) {
      problems.push({
        line: cue.line,
        message: `the cue starts at ${preciseClock(cue.start)}, after the end of the audio (${preciseClock(duration)}); is this the transcript of another episode?`,
      });
    }
    previous = cue;
  }
  if (problems.length > 0) throw new SourceProblems(problems);
}
