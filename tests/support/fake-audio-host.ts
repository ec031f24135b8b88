import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Fetch } from '../../src/lib/import/remote-audio';

const SAMPLE = readFileSync(resolve(import.meta.dirname, '../fixtures/audio/kurz.mp3'));

/**
 * Stands in for every audio host on the internet: each audio URL answers with
 * the short test MP3, so the importer's "ask the host" path runs offline.
 * Every URL it was asked for is recorded.
 */
export function fakeAudioHost(requests: string[] = []): Fetch {
  return async (url, init) => {
    requests.push(`${init?.method ?? 'GET'} ${url}`);
    if (!/\.(mp3|m4a)(?:[?#]|$)/.test(url)) return new Response('not found', { status: 404 });
    const headers = { 'content-type': 'audio/mpeg', 'content-length': String(SAMPLE.length) };
    return new Response(init?.method === 'HEAD' ? null : new Uint8Array(SAMPLE), { status: 200, headers });
  };
}
