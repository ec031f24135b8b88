import { buildCues, cueTimestamp } from './cues';
import type { TranscriptParagraph } from './episode-body';

/**
 * The Podcasting 2.0 spec's limits for SRT transcripts: at most two lines of
 * at most 32 characters per cue.
 * @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/transcripts/transcripts.md#srt
 */
export const SRT_LIMITS = { maxLineLength: 32, linesPerCue: 2 } as const;

/** SubRip has no escaping, and players read a line with `-->` as the time line of a new cue; the arrow is all it means. */
const withoutTimeArrow = (line: string) => line.replace(/-->/g, '->');

/**
 * SubRip captions. SRT has no voice tags, so the speaker opens each paragraph's
 * first cue as `Oliver: …` (a new cue whenever the speaker changes), which
 * podcast apps show and parse as a speaker.
 * @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/transcripts/transcripts.md
 */
export function toSrt(paragraphs: readonly TranscriptParagraph[], duration: number): string {
  return buildCues(paragraphs, duration, { ...SRT_LIMITS, speakerInText: true, breakLongWords: true })
    .map(
      ({ start, end, lines }, index) =>
        `${index + 1}\n${cueTimestamp(start, ',')} --> ${cueTimestamp(end, ',')}\n${lines.map(withoutTimeArrow).join('\n')}\n`,
    )
    .join('\n');
}
