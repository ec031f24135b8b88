import { buildCues, cueTimestamp } from './cues';
import type { TranscriptParagraph } from './episode-body';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * WebVTT captions with the speaker as a voice span, the form Apple Podcasts
 * reads speaker names from.
 * @see https://www.w3.org/TR/webvtt1/#webvtt-cue-voice-span
 * @see https://podcasters.apple.com/support/5316-transcripts-on-apple-podcasts
 */
export function toWebVtt(paragraphs: readonly TranscriptParagraph[], duration: number): string {
  const cues = buildCues(paragraphs, duration).map(({ start, end, speaker, lines }) => {
    const text = lines.map(escapeText).join('\n');
    const payload = speaker ? `<v ${escapeText(speaker)}>${text}` : text;
    return `${cueTimestamp(start)} --> ${cueTimestamp(end)}\n${payload}`;
  });
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}
