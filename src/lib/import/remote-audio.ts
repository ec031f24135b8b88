import { parseWebStream } from 'music-metadata';
import { audioTypeOf, type AudioField, type ImportedAudio } from './episode-from-item';

/**
 * Fills audio facts an old feed left out by asking the audio host: a HEAD
 * request for size and type, and, only when the duration is missing, the start
 * of the file (music-metadata stops reading once it knows the length).
 * The fetch function is a parameter so tests never touch the network.
 */
export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export type AudioProbe = (url: string, missing: readonly AudioField[]) => Promise<Partial<Pick<ImportedAudio, AudioField>>>;

export function remoteAudioProbe(fetchImpl: Fetch = fetch): AudioProbe {
  return async (url, missing) => {
    const found: Partial<Pick<ImportedAudio, AudioField>> = {};
    const head = await fetchImpl(url, { method: 'HEAD', redirect: 'follow' });
    if (!head.ok) throw new Error(`HEAD ${url} answered ${head.status}`);
    const length = Number(head.headers.get('content-length'));
    if (Number.isInteger(length) && length > 0) found.bytes = length;
    found.type = audioTypeOf(head.headers.get('content-type') ?? undefined, url);
    if (missing.includes('duration')) found.duration = await durationFromStart(fetchImpl, url, found.bytes, found.type);
    return Object.fromEntries(Object.entries(found).filter(([field, value]) => value !== undefined && missing.includes(field as AudioField)));
  };
}

async function durationFromStart(fetchImpl: Fetch, url: string, size: number | undefined, mimeType: string | undefined): Promise<number | undefined> {
  const controller = new AbortController();
  const response = await fetchImpl(url, { signal: controller.signal, redirect: 'follow' });
  if (!response.ok || !response.body) return undefined;
  try {
    const metadata = await parseWebStream(response.body, { size, mimeType }, { duration: false, skipCovers: true });
    return metadata.format.duration ? Math.round(metadata.format.duration) : undefined;
  } finally {
    controller.abort();
  }
}
