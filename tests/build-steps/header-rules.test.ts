import { describe, expect, it } from 'vitest';
import { headersForPath, overlappingHeaders, type HeaderRule } from '../../build/headers/headers-file';
import { noNeeds, type PageNeeds } from '../../build/headers/page-needs';
import { contentSecurityPolicy, headerRules, IMMUTABLE, pagePattern, REVALIDATE } from '../../build/headers/rules';

const nothing = noNeeds();
const needs = (extra: Partial<PageNeeds>): PageNeeds => ({ ...nothing, ...extra });
const CAL = { origin: 'https://app.cal.com', embedScript: 'https://app.cal.com' };

/** Directive name → sources, for asserting on one directive at a time. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const PAGES = new Map<string, PageNeeds>([
  ['/', needs({ calendars: [CAL], formTargets: ['https://news.example'], styleHashes: ["'sha256-home'"] })],
  ['/404.html', nothing],
  ['/folgen/', nothing],
  ['/folgen/001-a/', needs({ styleHashes: ["'sha256-episode'"], formTargets: ['https://news.example'] })],
  ['/folgen/005-b/', needs({ consentFrames: ['https://player.vimeo.com'], mediaOrigins: ['https://cdn.example'] })],
  ['/folgen/seite/2/', nothing],
  ['/themen/%C3%BCbergabe/', nothing],
  ['/kaffee/', needs({ calendars: [CAL] })],
  ['/suche/', needs({ scriptHashes: ["'sha256-inline-script'"] })],
]);
const FILES = [
  ...PAGES.keys(),
  '/_astro/BaseLayout.C5zwKI2O.css',
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-entry.json',
  '/pagefind/pagefind.de_eafb358e7e.pf_meta',
  '/pagefind/index/de_1.pf_index',
  '/pagefind/fragment/de_2.pf_fragment',
  '/pagefind/older/index/de_3.pf_index',
  '/pagefind/older/pagefind.de_99.pf_meta',
  '/feed.xml',
  '/folgen/001-a/transcript.vtt',
  '/folgen/001-a/chapters.json',
  '/folgen/001-a/transcript.txt',
  '/audio/001.mp3',
];
const rules = headerRules({ site: 'https://klartext-it.example.de', files: FILES, pages: PAGES });
const at = (path: string) => headersForPath(rules, path);
const policyAt = (path: string) => directives(at(path)['Content-Security-Policy'] ?? '');

describe('the header rules of a built site', () => {
  it('never set one header twice for any file', () => {
    expect(overlappingHeaders(rules, FILES)).toEqual([]);
  });

  it('let browsers keep hashed files for a year and ask again for pages, the feed and transcripts', () => {
    for (const path of [
      '/_astro/BaseLayout.C5zwKI2O.css',
      '/pagefind/index/de_1.pf_index',
      '/pagefind/older/index/de_3.pf_index',
      '/pagefind/pagefind.de_eafb358e7e.pf_meta',
      '/pagefind/older/pagefind.de_99.pf_meta',
    ])
      expect(at(path)['Cache-Control'], path).toBe(IMMUTABLE);
    for (const path of ['/', '/folgen/001-a/', '/themen/%C3%BCbergabe/', '/feed.xml', '/folgen/001-a/transcript.vtt'])
      expect(at(path)['Cache-Control'], path).toBe(REVALIDATE);
    for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/audio/001.mp3'])
      expect(at(path)['Cache-Control'], `${path} keeps the host's default`).toBeUndefined();
  });

  it('let apps in the browser read the feed, transcripts and chapters, and nothing else', () => {
    for (const path of ['/feed.xml', '/folgen/001-a/transcript.vtt', '/folgen/001-a/chapters.json', '/folgen/001-a/transcript.txt'])
      expect(at(path)['Access-Control-Allow-Origin'], path).toBe('*');
    for (const path of ['/', '/folgen/001-a/', '/_astro/BaseLayout.C5zwKI2O.css', '/audio/001.mp3'])
      expect(at(path)['Access-Control-Allow-Origin'], path).toBeUndefined();
  });

  it('let a transcript file load and run nothing, even when opened as a page', () => {
    expect(at('/folgen/001-a/transcript.txt')['Content-Security-Policy']).toBe("default-src 'none'");
    expect(at('/folgen/001-a/chapters.json')['Content-Security-Policy']).toBe("default-src 'none'");
  });

  it('say which character set a text transcript is in, so umlauts survive', () => {
    expect(at('/folgen/001-a/transcript.vtt')['Content-Type']).toBe('text/vtt; charset=utf-8');
    expect(at('/folgen/001-a/transcript.txt')['Content-Type']).toBe('text/plain; charset=utf-8');
  });

  it('send the security headers with every response, also at addresses no page has', () => {
    for (const path of ['/', '/_astro/x.js', '/gibt-es-nicht/']) {
      expect(at(path)).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'X-Frame-Options': 'DENY',
      });
      expect(at(path)['Permissions-Policy']).toContain('camera=()');
    }
  });

  it('give one rule to all pages of a template and one to every other page, so the file stays short', () => {
    const patterns = rules.map((rule: HeaderRule) => rule.pattern);
    expect(patterns).toEqual(
      expect.arrayContaining(['/folgen/:slug/', '/folgen/seite/:page/', '/themen/:topic/', '/kaffee/', '/', '/404.html']),
    );
    expect(patterns.filter((pattern) => pattern.startsWith('/folgen/0'))).toEqual([]);
  });
});

describe('the Content-Security-Policy', () => {
  it('runs no inline script but those of the site, on any page', () => {
    for (const path of ['/', '/folgen/001-a/', '/suche/']) {
      const scripts = policyAt(path)['script-src'];
      expect(scripts).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-inline-script'", ...(path === '/' ? ['https://app.cal.com'] : [])]);
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
    }
  });

  it('allows a video player only on the page type that shows one after consent', () => {
    expect(policyAt('/folgen/001-a/')['frame-src']).toEqual(["'self'", 'https://player.vimeo.com']);
    expect(policyAt('/folgen/')['frame-src']).toEqual(["'self'"]);
    expect(policyAt('/kaffee/')['frame-src']).toEqual(["'self'", 'https://app.cal.com']);
  });

  it("lets Cal.com's script and style element in only where a calendar can open", () => {
    expect(policyAt('/kaffee/')).toMatchObject({
      'script-src': expect.arrayContaining(['https://app.cal.com']),
      'style-src': ["'self'", "'unsafe-inline'"],
      'connect-src': ["'self'", 'https://klartext-it.example.de', 'https://app.cal.com'],
    });
    expect(policyAt('/suche/')['style-src']).toEqual(["'self'", "'sha256-episode'", "'sha256-home'"]);
    expect(policyAt('/suche/')['script-src']).not.toContain('https://app.cal.com');
  });

  it('lets forms reach the newsletter provider only from pages with the form', () => {
    expect(policyAt('/')['form-action']).toEqual(["'self'", 'https://news.example']);
    expect(policyAt('/folgen/001-a/')['connect-src']).toEqual(["'self'", 'https://klartext-it.example.de', 'https://news.example']);
    expect(policyAt('/folgen/005-b/')['form-action']).toEqual(["'self'", 'https://news.example']);
    expect(policyAt('/kaffee/')['form-action']).toEqual(["'self'"]);
  });

  it('plays audio from the hosts the episodes name, on every page', () => {
    expect(policyAt('/')['media-src']).toEqual(["'self'", 'https://klartext-it.example.de', 'https://cdn.example']);
  });

  it("allows the site's public address, where its absolute links point, also when a preview serves it elsewhere", () => {
    for (const directive of ['img-src', 'connect-src'])
      expect(policyAt('/suche/')[directive]).toEqual(["'self'", 'https://klartext-it.example.de']);
    expect(policyAt('/suche/')['script-src']).not.toContain('https://klartext-it.example.de');
  });

  it('keeps every page out of frames, plugins and base-URL tricks', () => {
    expect(policyAt('/')).toMatchObject({ 'frame-ancestors': ["'none'"], 'object-src': ["'none'"], 'base-uri': ["'none'"] });
  });

  it('needs style-src-attr only when a page has style attributes, and names them by hash', () => {
    const plain = directives(contentSecurityPolicy('https://x.example', nothing, nothing));
    expect(plain['style-src-attr']).toBeUndefined();
    const withAttribute = directives(
      contentSecurityPolicy('https://x.example', needs({ styleAttributeHashes: ["'sha256-attr'"] }), nothing),
    );
    expect(withAttribute['style-src-attr']).toEqual(["'unsafe-hashes'", "'sha256-attr'"]);
  });
});

describe('page patterns', () => {
  it.each([
    ['/', '/'],
    ['/folgen/', '/folgen/'],
    ['/folgen/004-vertraust-du-deiner-it/', '/folgen/:slug/'],
    ['/folgen/seite/12/', '/folgen/seite/:page/'],
    ['/themen/%E6%97%A5%E6%9C%AC%E8%AA%9E/', '/themen/:topic/'],
    ['/togo/kompakt/', '/togo/:slug/'],
    ['/denkanstoss/danke/', '/denkanstoss/danke/'],
    ['/404.html', '/404.html'],
  ])('%s shares the rule %s', (address, pattern) => {
    expect(pagePattern(address)).toBe(pattern);
  });
});
