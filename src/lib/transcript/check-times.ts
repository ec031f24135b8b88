import { formatClock } from '../base/duration';
import type { EpisodeBody, TranscriptProblem } from './episode-body';

interface Mark {
  kind: 'chapter' | 'paragraph';
  start: number;
  line: number;
}

const clock = (seconds: number) => formatClock(seconds, { alwaysHours: true });

/**
 * Players and apps assume chapters and cues in rising order inside the audio;
 * a typo like `[00:21:00]` for `[00:12:00]` would silently jump listeners around.
 * A chapter may start at the same time as its first paragraph; two paragraphs
 * (or two chapters) may not share a time, that would make an empty cue.
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
        message: `time ${clock(mark.start)} comes after ${clock(previous.start)} (line ${previous.line}); times must rise through the file`,
      });
    } else if (sameKind && mark.start <= sameKind.start) {
      problems.push({
        line: mark.line,
        message: `time ${clock(mark.start)} repeats ${clock(sameKind.start)} (line ${sameKind.line}); each ${mark.kind} needs a later time than the one before`,
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
