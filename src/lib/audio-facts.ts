import { stat } from 'node:fs/promises';
import { parseFile } from 'music-metadata';

export interface AudioFacts {
  bytes: number;
  /** MIME type as podcast apps expect it in the enclosure. */
  type: string;
  /** Seconds; `undefined` when the file has no readable duration. */
  duration: number | undefined;
}

const MIME_BY_CONTAINER: Record<string, string> = {
  MPEG: 'audio/mpeg',
  'MPEG-4': 'audio/mp4',
  'M4A/mp42/isom': 'audio/mp4',
  Ogg: 'audio/ogg',
  WAVE: 'audio/wav',
  FLAC: 'audio/flac',
  AAC: 'audio/aac',
};

/**
 * Size, type and duration of an audio file. The build reads local audio with this,
 * and `npm run audio` prints it for audio that will be hosted elsewhere.
 */
export async function readAudioFacts(path: string): Promise<AudioFacts> {
  const [{ size }, metadata] = await Promise.all([stat(path), parseFile(path, { duration: true, skipCovers: true })]);
  const container = metadata.format.container ?? '';
  const type = MIME_BY_CONTAINER[container] ?? (container.startsWith('M4A') || container.startsWith('mp4') ? 'audio/mp4' : 'audio/mpeg');
  return { bytes: size, type, duration: metadata.format.duration };
}
