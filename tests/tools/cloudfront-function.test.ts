import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeaderRules, serializeHeaderRules } from '../../build/headers/headers-file';
import { CLOUDFRONT_FUNCTION_MAX_BYTES, cloudFrontFunctionCode } from '../../tools/cloudfront/function-code';

const HEADERS = serializeHeaderRules([
  { pattern: '/*', headers: { 'X-Content-Type-Options': 'nosniff' } },
  { pattern: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  { pattern: '/folgen/:slug/', headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'sha256-a+b/c='" } },
  { pattern: '/folgen/:slug/transcript.vtt', headers: { 'Content-Type': 'text/vtt; charset=utf-8', 'Access-Control-Allow-Origin': '*' } },
  { pattern: '/kaffee/', headers: { 'Content-Security-Policy': "default-src 'self'; frame-src https://app.cal.com" } },
]);

type Headers = Record<string, { value: string }>;
type Handler = (event: unknown) => { uri?: string; statusCode?: number; headers: Headers };

/** The function as CloudFront runs it: its code alone, in a context of its own. */
function cloudFront(code = cloudFrontFunctionCode(HEADERS)): Handler {
  return runInNewContext(`${code}\nhandler;`) as Handler;
}

const viewerRequest = (uri: string, querystring: Record<string, unknown> = {}) =>
  cloudFront()({ context: { eventType: 'viewer-request' }, request: { uri, querystring, headers: {} } });

function viewerResponse(uri: string, sent: Headers = {}): Record<string, string> {
  const { headers } = cloudFront()({
    context: { eventType: 'viewer-response' },
    request: { uri, querystring: {}, headers: {} },
    response: { statusCode: 200, headers: sent },
  });
  return Object.fromEntries(Object.entries(headers).map(([name, { value }]) => [name, value]));
}

const lowercase = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

describe('the CloudFront Function made from _headers', () => {
  it.each(['/folgen/004-x/', '/folgen/004-x/transcript.vtt', '/_astro/a.B1.js', '/kaffee/', '/gibt-es-nicht/', '/feed.xml'])(
    'sends for %s exactly the headers Netlify and Cloudflare Pages would',
    (path) => {
      const requested = viewerRequest(path).uri!;
      expect(viewerResponse(requested)).toEqual(lowercase(headersForPath(parseHeaderRules(HEADERS), path)));
    },
  );

  it("replaces what S3 sent where a rule says otherwise, and keeps S3's other headers", () => {
    expect(viewerResponse('/_astro/a.B1.js', { 'cache-control': { value: 'max-age=60' }, etag: { value: '"1"' } })).toEqual({
      'cache-control': 'public, max-age=31536000, immutable',
      etag: '"1"',
      'x-content-type-options': 'nosniff',
    });
  });

  it.each([
    ['/', '/index.html'],
    ['/folgen/004-x/', '/folgen/004-x/index.html'],
    ['/feed.xml', '/feed.xml'],
    ['/folgen/004-x/transcript.vtt', '/folgen/004-x/transcript.vtt'],
  ])('serves %s from the S3 object %s', (uri, object) => {
    expect(viewerRequest(uri).uri).toBe(object);
  });

  it('sends an address without its trailing slash on to the page, keeping the query', () => {
    const answer = viewerRequest('/folgen/004-x', { t: { value: '90' }, q: { value: 'a', multiValue: [{ value: 'a' }, { value: 'b' }] } });
    expect(answer.statusCode).toBe(301);
    expect(answer.headers.location!.value).toBe('/folgen/004-x/?t=90&q=a&q=b');
  });

  it('refuses to write a function CloudFront would reject for its size', () => {
    const huge = serializeHeaderRules(
      Array.from({ length: 300 }, (_, index) => ({
        pattern: `/seite-${index}/`,
        headers: { 'X-Seite': `wert-${index}-${'x'.repeat(30)}` },
      })),
    );
    expect(() => cloudFrontFunctionCode(huge, 'dist/_headers')).toThrow(`CloudFront accepts ${CLOUDFRONT_FUNCTION_MAX_BYTES}`);
  });
});
