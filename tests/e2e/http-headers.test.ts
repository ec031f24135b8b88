import { readdirSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headersForPath, parseHeaderRules } from '../../build/headers/headers-file';
import { siteAddresses } from '../../build/write-headers';
import { cloudFrontFunctionCode } from '../../tools/cloudfront/function-code';
import { useBrowser } from '../support/browser';

/**
 * The built demo served with the headers of its own dist/_headers, as Netlify
 * and Cloudflare Pages would serve it.
 */
const siteUrl = inject('siteUrl');
const EPISODE = '/folgen/004-vertraust-du-deiner-it/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

const head = async (path: string) => {
  const response = await fetch(new URL(path, siteUrl));
  expect(response.status, path).toBe(200);
  return response.headers;
};
const hashedAsset = () => `/_astro/${readdirSync('dist/_astro').find((name) => name.endsWith('.js'))}`;
const searchChunk = () => `/pagefind/fragment/${readdirSync('dist/pagefind/fragment')[0]}`;

describe('what the host sends with each kind of file', () => {
  it('a hashed script or style sheet is kept for a year and never asked for again', async () => {
    for (const path of [hashedAsset(), searchChunk()]) {
      const headers = await head(path);
      expect(headers.get('cache-control'), path).toBe(IMMUTABLE);
      expect(headers.get('access-control-allow-origin'), path).toBeNull();
    }
  });

  it('a page is asked for again on every visit, with its Content-Security-Policy and the security headers', async () => {
    const headers = await head(EPISODE);
    expect(headers.get('cache-control')).toBe(REVALIDATE);
    expect(headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy')).toContain('microphone=()');
    expect(headers.get('access-control-allow-origin')).toBeNull();
  });

  it('the feed and the transcripts are asked for again and readable by apps on any origin', async () => {
    for (const path of ['/feed.xml', `${EPISODE}transcript.vtt`, `${EPISODE}transcript.json`, `${EPISODE}chapters.json`]) {
      const headers = await head(path);
      expect(headers.get('cache-control'), path).toBe(REVALIDATE);
      expect(headers.get('access-control-allow-origin'), path).toBe('*');
    }
    expect((await head(`${EPISODE}transcript.vtt`)).get('content-type')).toBe('text/vtt; charset=utf-8');
  });

  it('dist/_headers is the file the rules came from, and nobody can download it', async () => {
    expect(parseHeaderRules(readFileSync('dist/_headers', 'utf8')).map((rule) => rule.pattern)).toContain('/folgen/:slug/');
    expect((await fetch(new URL('/_headers', siteUrl))).status).toBe(404);
  });
});

describe('the S3 and CloudFront recipe', () => {
  it('sends every file of the site the same headers as Netlify and Cloudflare Pages', () => {
    const text = readFileSync('dist/_headers', 'utf8');
    const rules = parseHeaderRules(text);
    const handler = runInNewContext(`${cloudFrontFunctionCode(text)}\nhandler;`) as (event: object) => {
      uri: string;
      headers: Record<string, { value: string }>;
    };
    const addresses = [...siteAddresses('dist').keys()];
    expect(addresses.length).toBeGreaterThan(50);
    for (const address of addresses) {
      const object = handler({ context: { eventType: 'viewer-request' }, request: { uri: address, querystring: {}, headers: {} } }).uri;
      const { headers } = handler({
        context: { eventType: 'viewer-response' },
        request: { uri: object, querystring: {}, headers: {} },
        response: { statusCode: 200, headers: {} },
      });
      const expected = Object.fromEntries(
        Object.entries(headersForPath(rules, address)).map(([name, value]) => [name.toLowerCase(), value]),
      );
      expect(Object.fromEntries(Object.entries(headers).map(([name, { value }]) => [name, value])), address).toEqual(expected);
    }
  });
});

describe('a podcast app running in a browser on another site', () => {
  const browser = useBrowser();
  let app: Server;
  let appUrl: string;
  beforeAll(async () => {
    app = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>App</title>'),
    );
    await new Promise<void>((done) => app.listen(0, '127.0.0.1', done));
    appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((done) => app.close(() => done())));

  it('reads the feed, the transcript and the chapters, but not the pages', async () => {
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    await page.goto(appUrl);
    const read = (url: string) =>
      page.evaluate(async (address) => {
        try {
          const response = await fetch(address);
          return (await response.text()).slice(0, 40);
        } catch {
          return 'refused';
        }
      }, url);
    await expect(read(new URL('/feed.xml', siteUrl).href)).resolves.toContain('<?xml');
    await expect(read(new URL(`${EPISODE}transcript.vtt`, siteUrl).href)).resolves.toMatch(/^WEBVTT/);
    await expect(read(new URL(`${EPISODE}chapters.json`, siteUrl).href)).resolves.toContain('"version"');
    await expect(read(new URL(EPISODE, siteUrl).href)).resolves.toBe('refused');
    await context.close();
  });
});
