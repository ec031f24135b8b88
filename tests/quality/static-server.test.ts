import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type SentResponse, type StaticServer } from '../../quality/static-server';

let server: StaticServer;
let outside: string;
const sent: SentResponse[] = [];
const SECRET = 'GEHEIM-außerhalb-der-Website';
/** 100 bytes, each its own offset, so a range's body shows which bytes were sent. */
const AUDIO = Buffer.from(Array.from({ length: 100 }, (_, index) => index));

beforeAll(async () => {
  outside = mkdtempSync(join(tmpdir(), 'static-server-'));
  const dir = join(outside, 'site');
  mkdirSync(join(dir, 'folgen'), { recursive: true });
  mkdirSync(join(dir, 'audio'));
  writeFileSync(join(dir, 'folgen/index.html'), `<!doctype html><p>${'Archiv '.repeat(500)}</p>`);
  writeFileSync(join(dir, '404.html'), '<!doctype html><p>Nicht gefunden</p>');
  writeFileSync(join(dir, 'audio/kurz.mp3'), AUDIO);
  writeFileSync(
    join(dir, '_headers'),
    "# as the build writes it\n/*\n  X-Frame-Options: DENY\n\n/folgen/\n  Content-Security-Policy: default-src 'self'\n\n/audio/:file\n  Access-Control-Allow-Origin: *\n  Cache-Control: public, max-age=60\n",
  );
  // Beside the root: one plain, one whose name begins with the root's.
  for (const sibling of ['sibling', 'site-alt']) {
    mkdirSync(join(outside, sibling));
    writeFileSync(join(outside, sibling, 'secret.txt'), SECRET);
  }
  server = await serveStatic(dir, { gzip: true, onSent: (response) => sent.push(response) });
});

afterAll(() => server?.close());

/** Sends a request line exactly as written (fetch would resolve `..` and backslashes first) and reads the answer. */
function rawGet(target: string, headers: Record<string, string> = {}): Promise<{ status: number; head: string; body: Buffer }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((done, fail) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', fail);
    socket.on('end', () => {
      const response = Buffer.concat(chunks);
      const split = response.indexOf('\r\n\r\n');
      const head = response.subarray(0, split).toString('latin1');
      done({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), head, body: response.subarray(split + 4) });
    });
    const lines = Object.entries({ host: `${hostname}:${port}`, connection: 'close', ...headers }).map(
      ([name, value]) => `${name}: ${value}\r\n`,
    );
    socket.write(Buffer.from(`GET ${target} HTTP/1.1\r\n${lines.join('')}\r\n`, 'latin1'));
  });
}

async function stillServing() {
  const response = await fetch(`${server.url}/folgen/`);
  expect(response.status).toBe(200);
}

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

describe("the static server applies the site's _headers file, as Netlify and Cloudflare Pages do", () => {
  it('adds the headers of every rule that matches the requested path', async () => {
    const page = await fetch(`${server.url}/folgen/`);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const audio = await fetch(`${server.url}/audio/kurz.mp3`, { headers: { range: 'bytes=0-9' } });
    expect(audio.headers.get('access-control-allow-origin')).toBe('*');
    expect(audio.headers.get('cache-control'), 'a rule replaces the default').toBe('public, max-age=60');
    expect(audio.headers.get('content-security-policy')).toBeNull();
  });

  it('answers an unknown address with the headers of that address', async () => {
    const response = await fetch(`${server.url}/gibt-es-nicht/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('never serves the file itself', async () => {
    const response = await fetch(`${server.url}/_headers`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('Content-Security-Policy');
  });
});

describe('the static server never serves a file outside its root', () => {
  it.each([
    ['/..%2fsibling/secret.txt'],
    ['/%2e%2e%2fsibling/secret.txt'],
    ['/%2E%2E%2Fsibling/secret.txt'],
    ['/..%2fsite-alt/secret.txt'],
    ['/folgen/..%2f..%2fsibling/secret.txt'],
    ['/../sibling/secret.txt'],
    ['/%2e%2e/sibling/secret.txt'],
    ['/..\\sibling/secret.txt'],
    ['/..%5csibling/secret.txt'],
    ['/..%5c..%5csibling%5csecret.txt'],
    ['/%252e%252e%252fsibling/secret.txt'],
    ['/..%252fsibling/secret.txt'],
    ['/..%00/sibling/secret.txt'],
    ['/%2e%2e%2fsibling%2fsecret.txt%00.html'],
    ['http://127.0.0.1/..%2fsibling/secret.txt'],
  ])('%s', async (target) => {
    const { status, body } = await rawGet(target);
    expect([400, 404]).toContain(status);
    expect(body.toString()).not.toContain(SECRET);
    await stillServing();
  });

  it('nor a file named by its absolute path', async () => {
    const { status, body } = await rawGet(`/${encodeURIComponent(join(outside, 'sibling/secret.txt'))}`);
    expect(status).toBe(404);
    expect(body.toString()).not.toContain(SECRET);
  });
});

describe('the static server keeps answering malformed requests', () => {
  it.each([['/%'], ['/%zz'], ['/folgen/%E0%A4%A'], ['/%C0%AF'], ['/folgen/%ff'], ['/%D8%00']])(
    'the undecodable path %s is a bad request',
    async (target) => {
      expect((await rawGet(target)).status).toBe(400);
      await stillServing();
    },
  );

  it('a request target that is no URL is a bad request', async () => {
    expect((await rawGet('http://[nicht')).status).toBe(400);
    await stillServing();
  });
});

describe('byte ranges, as audio players ask for them', () => {
  it.each([
    { range: 'bytes=0-9', status: 206, contentRange: 'bytes 0-9/100', start: 0, end: 9 },
    { range: 'bytes=90-', status: 206, contentRange: 'bytes 90-99/100', start: 90, end: 99 },
    { range: 'bytes=-10', status: 206, contentRange: 'bytes 90-99/100', start: 90, end: 99 },
    { range: 'bytes=95-200', status: 206, contentRange: 'bytes 95-99/100', start: 95, end: 99 },
    { range: 'bytes=-500', status: 206, contentRange: 'bytes 0-99/100', start: 0, end: 99 },
    { range: 'bytes=99-99', status: 206, contentRange: 'bytes 99-99/100', start: 99, end: 99 },
  ])('$range → $contentRange', async ({ range, status, contentRange, start, end }) => {
    const response = await fetch(`${server.url}/audio/kurz.mp3`, { headers: { range } });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-range')).toBe(contentRange);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(AUDIO.subarray(start, end + 1));
  });

  it.each(['bytes=100-', 'bytes=100-200', 'bytes=5000-', 'bytes=99999999999999999999999-', 'bytes=-0'])(
    '%s, past the end, is 416 with the size',
    async (range) => {
      const response = await fetch(`${server.url}/audio/kurz.mp3`, { headers: { range } });
      expect(response.status).toBe(416);
      expect(response.headers.get('content-range')).toBe('bytes */100');
      expect(await response.text()).toBe('');
      await stillServing();
    },
  );

  it.each(['bytes=9-3', 'bytes=-', 'bytes=a-b', 'bytes=0-1,5-6', 'bytes=--1', 'bytes=1.5-2', 'items=0-9', 'bytes 0-9', ''])(
    'the invalid or unsupported range "%s" gets the whole file',
    async (range) => {
      const response = await fetch(`${server.url}/audio/kurz.mp3`, { headers: { range } });
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(AUDIO);
    },
  );

  it('a range on a missing file is the 404 page, whole', async () => {
    const response = await fetch(`${server.url}/audio/fehlt.mp3`, { headers: { range: 'bytes=5000-' } });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Nicht gefunden');
  });
});
