import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type SentResponse, type StaticServer } from '../../scripts/lib/static-server';

let server: StaticServer;
const sent: SentResponse[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(dir, 'folgen'));
  writeFileSync(join(dir, 'folgen/index.html'), `<!doctype html><p>${'Archiv '.repeat(500)}</p>`);
  writeFileSync(join(dir, '404.html'), '<!doctype html><p>Nicht gefunden</p>');
  server = await serveStatic(dir, { gzip: true, onSent: (response) => sent.push(response) });
});

afterAll(() => server?.close());

describe('the static server the measurements use', () => {
  it('serves /x/ from x/index.html, gzipped for clients that accept it', async () => {
    const response = await fetch(`${server.url}/folgen/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toContain('Archiv Archiv');
    expect(sent.at(-1)!.bytes).toBeLessThan(sent.at(-1)!.rawBytes);
  });

  it('lets the browser revalidate a file it has, and then sends no body, as static hosts do', async () => {
    const first = await fetch(`${server.url}/folgen/`);
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const again = await fetch(`${server.url}/folgen/`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(sent.at(-1)).toEqual({ path: '/folgen/', status: 304, bytes: 0, rawBytes: 0 });
    const stale = await fetch(`${server.url}/folgen/`, { headers: { 'if-none-match': '"other"' } });
    expect(stale.status).toBe(200);
  });

  it('answers unknown paths with 404.html and status 404', async () => {
    const response = await fetch(`${server.url}/gibt-es-nicht/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Nicht gefunden');
  });
});
