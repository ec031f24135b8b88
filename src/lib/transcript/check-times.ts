import { formatClock } from '../base/duration';
import type { EpisodeBody, TranscriptProblem } from './episode-body';

interface Mark {
  kind: 'chapter' | 'paragraph';
  start: number;
  line: number;
}

const clock = (seconds: number) => formatClock(seconds, { alwaysHours: true });

/**
 * Players and apps assume chapters and cues in time order inside the audio;
 * a typo like `[00:21:00]` for `[00:12:00]` would silently jump listeners around.
 * Times never go back. A chapter may start at the same time as its first
 * paragraph, and two paragraphs may start in the same second (a quick "Ja."
 * and the answer to it; real transcripts rounded to seconds are full of them),
 * but two chapters may not: one of them would be empty.
 */
export function checkTimes(transcript: Pick<EpisodeBody, 'chapters' | 'paragraphs'>, duration: number): TranscriptProblem[] {
  const marks: Mark[] = [
    ...transcript.chapters.map(({ start, line }) => ({ kind: 'chapter' as const, start, line })),
    ...transcript.paragraphs.flatMap(({ start, line }) => (start === undefined ? [] : [{ kind: 'paragraph' as const, start, line }])),
  ].sort((a, b) => a.line - b.line);
  const problems: TranscriptProblem[] = [];
  let previous: Mark | undefined;
  const previousOfKind: Partial<Record<Mark['kind'], Mark>> = {};
  for (const mark of marks) {
    const sameKind = previousOfKind[mark.kind];
    if (previous && mark.start < previous.start) {
      problems.push({
        line: mark.line,
        message: `time ${clock(mark.start)} comes after ${clock(previous.start)} (line ${previous.line}); times must not go back through the file`,
      });
    } else if (mark.kind === 'chapter' && sameKind && mark.start <= sameKind.start) {
      problems.push({
        line: mark.line,
        message: `time ${clock(mark.start)} repeats ${clock(sameKind.start)} (line ${sameKind.line}); each chapter needs a later time than the one before`,
      });
    }
    if (mark.start >= duration) {
      problems.push({ line: mark.line, message: `time ${clock(mark.start)} is not inside the audio, which is ${clock(duration)} long` });
    }
    previous = mark;
    previousOfKind[mark.kind] = mark;
  }
  return problems;
}
