import { describe, expect, it } from 'vitest';
import {
  headersForPath,
  overlappingHeaders,
  parseHeaderRules,
  patternMatches,
  serializeHeaderRules,
  type HeaderRule,
} from '../../build/headers/headers-file';

const RULES: HeaderRule[] = [
  { pattern: '/*', headers: { 'X-Content-Type-Options': 'nosniff' }, comment: 'Every response' },
  { pattern: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  {
    pattern: '/folgen/:slug/',
    headers: { 'Cache-Control': 'public, max-age=0, must-revalidate', 'Content-Security-Policy': "default-src 'self'" },
  },
  { pattern: '/folgen/:slug/transcript.vtt', headers: { 'Access-Control-Allow-Origin': '*' } },
];

describe('the _headers file', () => {
  it('reads back exactly what it wrote, comments aside', () => {
    const text = serializeHeaderRules(RULES);
    expect(text).toContain('# Every response\n/*\n  X-Content-Type-Options: nosniff\n');
    expect(parseHeaderRules(text)).toEqual(RULES.map(({ pattern, headers }) => ({ pattern, headers })));
  });

  it('joins a header written twice in one block, as hosts do', () => {
    expect(parseHeaderRules('/x\n  Cache-Control: public\n  cache-control: max-age=0\n')).toEqual([
      { pattern: '/x', headers: { 'Cache-Control': 'public, max-age=0' } },
    ]);
  });

  it.each([
    ['a header line before any pattern', '  X-Test: 1\n', '_headers:1'],
    ['a line that is neither pattern nor header', '/x\n  no colon here\n', '_headers:2'],
  ])('names the line of %s', (_case, text, where) => {
    expect(() => parseHeaderRules(text)).toThrow(where);
  });

  it.each([
    ['a pattern with a space', { pattern: '/a b', headers: { X: '1' } }],
    ['a pattern without a leading slash', { pattern: 'folgen/*', headers: { X: '1' } }],
    ['a header name with a colon', { pattern: '/x', headers: { 'X:Y': '1' } }],
    ['a value that would start a new line', { pattern: '/x', headers: { 'X-Test': 'a\n/evil\n  Access-Control-Allow-Origin: *' } }],
    ['an empty value', { pattern: '/x', headers: { 'X-Test': ' ' } }],
  ])('refuses to write %s', (_case, rule) => {
    expect(() => serializeHeaderRules([rule])).toThrow();
  });
});

describe('which addresses a pattern covers', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/folgen/x/transcript.vtt', true],
    ['/_astro/*', '/_astro/index.Ab1.js', true],
    ['/_astro/*', '/_astrox/a.js', false],
    ['/folgen/:slug/', '/folgen/004-vertraust-du-deiner-it/', true],
    ['/folgen/:slug/', '/folgen/seite/2/', false],
    ['/folgen/:slug/', '/folgen//', false],
    ['/folgen/:slug/', '/folgen/x', false],
    ['/themen/:topic/', '/themen/%E6%97%A5%E6%9C%AC%E8%AA%9E/', true],
    ['/feed.xml', '/feed.xml', true],
    ['/feed.xml', '/feedxxml', false],
    ['/pagefind/pagefind.de_1a.pf_meta', '/pagefind/pagefind.de_1a.pf_meta', true],
    ['/pagefind/pagefind.de_1a.pf_meta', '/pagefind/pagefind.de_1aXpf_meta', false],
    ['/', '/index.html', false],
  ])('%s covers %s: %s', (pattern, path, expected) => {
    expect(patternMatches(pattern, path)).toBe(expected);
  });

  it('adds the headers of every matching rule', () => {
    expect(headersForPath(RULES, '/folgen/x/')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=0, must-revalidate',
      'Content-Security-Policy': "default-src 'self'",
    });
    expect(headersForPath(RULES, '/folgen/x/transcript.vtt')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Access-Control-Allow-Origin': '*',
    });
  });

  it('joins a header that two rules set, as Cloudflare Pages does, and names that as an overlap', () => {
    const rules = [...RULES, { pattern: '/*', headers: { 'cache-control': 'no-store' } }];
    expect(headersForPath(rules, '/_astro/a.js')['Cache-Control']).toBe('public, max-age=31536000, immutable, no-store');
    expect(overlappingHeaders(rules, ['/_astro/a.js', '/robots.txt'])).toEqual([
      '/_astro/a.js: cache-control is set by "/_astro/*" and "/*"',
    ]);
  });

  it('finds no overlap where every header has one rule per address', () => {
    expect(overlappingHeaders(RULES, ['/', '/_astro/a.js', '/folgen/x/', '/folgen/x/transcript.vtt'])).toEqual([]);
  });
});
