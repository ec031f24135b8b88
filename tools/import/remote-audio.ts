import { parseWebStream } from 'music-metadata';
import { audioTypeOf, type AudioField, type ImportedAudio } from './episode-from-item.ts';
import { limitedBody, withResponse, type Fetch, type NetworkLimits } from './network.ts';

/**
 * Fills audio facts an old feed left out by asking the audio host: a HEAD
 * request for size and type, and, only when the duration is missing, the start
 * of the file (music-metadata stops reading once it knows the length). Both
 * requests keep the importer's network limits.
 */

export type AudioProbe = (url: string, missing: readonly AudioField[]) => Promise<Partial<Pick<ImportedAudio, AudioField>>>;

export function remoteAudioProbe(fetchImpl: Fetch, limits: NetworkLimits): AudioProbe {
  return async (url, missing) => {
    const found: Partial<Pick<ImportedAudio, AudioField>> = {};
    const headers = await withResponse(url, { fetch: fetchImpl, limits, method: 'HEAD' }, async (response) => response.headers);
    const length = Number(headers.get('content-length'));
    if (Number.isInteger(length) && length > 0) found.bytes = length;
    found.type = audioTypeOf(headers.get('content-type') ?? undefined, url);
    if (missing.includes('duration')) found.duration = await durationFromStart(fetchImpl, limits, url, found.bytes, found.type);
    return Object.fromEntries(
      Object.entries(found).filter(([field, value]) => value !== undefined && missing.includes(field as AudioField)),
    );
  };
}

/** Reads the start of the file: the size cap bounds what is read, not the file, which may well be larger. */
function durationFromStart(
  fetchImpl: Fetch,
  limits: NetworkLimits,
  url: string,
  size: number | undefined,
  mimeType: string | undefined,
): Promise<number | undefined> {
  return withResponse(url, { fetch: fetchImpl, limits }, async (response) => {
    const metadata = await parseWebStream(limitedBody(response, url, limits), { size, mimeType }, { duration: false, skipCovers: true });
    return metadata.format.duration ? Math.round(metadata.format.duration) : undefined;
  });
}
