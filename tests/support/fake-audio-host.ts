import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Fetch } from '../../tools/import/network';

const SAMPLE = readFileSync(resolve(import.meta.dirname, '../fixtures/audio/kurz.mp3'));
/** A square JPEG of 1400 px: what a podcast cover must be. */
const COVER = readFileSync(resolve(import.meta.dirname, '../../public/artwork.jpg'));

/**
 * Stands in for every audio and image host on the internet: each audio URL
 * answers with the short test MP3 and each image URL with the demo cover, so
 * the importer's "ask the host" and "download the artwork" paths run offline.
 * Every URL it was asked for is recorded.
 */
export function fakeAudioHost(requests: string[] = []): Fetch {
  return async (url, init) => {
    requests.push(`${init?.method ?? 'GET'} ${url}`);
    const [body, type] = /\.(mp3|m4a)(?:[?#]|$)/.test(url)
      ? [SAMPLE, 'audio/mpeg']
      : /\.(jpe?g|png)(?:[?#]|$)/i.test(url)
        ? [COVER, 'image/jpeg']
        : [];
    if (!body) return new Response('not found', { status: 404 });
    const headers = { 'content-type': type!, 'content-length': String(body.length) };
    return new Response(init?.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
