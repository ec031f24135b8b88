import { buildCues, cueTimestamp } from './cues';
import type { TranscriptParagraph } from './episode-body';

/**
 * SubRip captions. SRT has no voice tags, so the speaker opens each paragraph's
 * first cue as `Oliver: …`, which podcast apps show and parse as a speaker.
 * @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/transcripts/transcripts.md
 */
export function toSrt(paragraphs: readonly TranscriptParagraph[], duration: number): string {
  return buildCues(paragraphs, duration, { speakerInText: true })
    .map(({ start, end, lines }, index) => `${index + 1}\n${cueTimestamp(start, ',')} --> ${cueTimestamp(end, ',')}\n${lines.join('\n')}\n`)
    .join('\n');
}
