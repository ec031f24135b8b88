import { buildCues } from './cues';
import type { TranscriptParagraph } from './episode-body';

export interface JsonTranscript {
  version: '1.0.0';
  segments: { speaker?: string; startTime: number; endTime: number; body: string }[];
}

/**
 * Podcasting 2.0 JSON transcript: the caption cues as segments, each with its speaker.
 * @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/transcripts/transcripts.md#json
 */
export function toJsonTranscript(paragraphs: readonly TranscriptParagraph[], duration: number): JsonTranscript {
  return {
    version: '1.0.0',
    segments: buildCues(paragraphs, duration).map(({ start, end, speaker, lines }) => ({
      ...(speaker ? { speaker } : {}),
      startTime: start,
      endTime: end,
      body: lines.join(' '),
    })),
  };
}
