import { describe, expect, it } from 'vitest';
import { fileForPath, readPageLinks, resolveInternal, needsNoAnchor, srcsetUrls } from '../../quality/html-links';

const SITE = 'https://klartext-it.example.de';

describe('reading the links of a page', () => {
  it('finds links, sources, images of every size, form targets and share images', async () => {
    const { urls } = await readPageLinks(`<!doctype html><html><head>
      <link rel="stylesheet" href="/_astro/a.css"><meta property="og:image" content="${SITE}/og/a.png">
      <meta name="description" content="https://nicht-geprüft.example/">
      </head><body><a href="/folgen/">Folgen</a><img src="/a.jpg" srcset="/a-1x.jpg 1x, /a-2x.jpg 2x" alt="">
      <audio><source src="/audio/a.mp3"><track src="/a.vtt"></audio><form action="/suche/"></form></body></html>`);
    expect(urls).toEqual([
      '/_astro/a.css',
      `${SITE}/og/a.png`,
      '/folgen/',
      '/a.jpg',
      '/a-1x.jpg',
      '/a-2x.jpg',
      '/audio/a.mp3',
      '/a.vtt',
      '/suche/',
    ]);
  });

  it('knows every id and named anchor a fragment can point to', async () => {
    const { anchors } = await readPageLinks('<h2 id="fazit">Fazit</h2><a name="alt">x</a><p id="über-uns"></p>');
    expect([...anchors]).toEqual(['fazit', 'alt', 'über-uns']);
  });

  it.each([
    ['/a.jpg 1x, /a@2x.jpg 2x', ['/a.jpg', '/a@2x.jpg']],
    ['/bild,mit,komma.jpg 640w, /b.jpg 1280w', ['/bild,mit,komma.jpg', '/b.jpg']],
    ['/nur.jpg', ['/nur.jpg']],
    ['', []],
  ])('reads the srcset %j', (srcset, urls) => {
    expect(srcsetUrls(srcset)).toEqual(urls);
  });
});

describe('resolving a link on the site', () => {
  it.each([
    ['/folgen/', '/', { path: '/folgen/', fragment: '' }],
    ['#fazit', '/folgen/a/', { path: '/folgen/a/', fragment: 'fazit' }],
    ['../b/#start', '/folgen/a/', { path: '/folgen/b/', fragment: 'start' }],
    ['/themen/%C3%BCber-uns/', '/', { path: '/themen/über-uns/', fragment: '' }],
    ['#%C3%BCber-uns', '/', { path: '/', fragment: 'über-uns' }],
    [`${SITE}/og/a.png`, '/', { path: '/og/a.png', fragment: '' }],
    ['/../../etc/passwd', '/', { path: '/etc/passwd', fragment: '' }],
    ['/bad%E0%A4%A', '/', { path: '/bad%E0%A4%A', fragment: '' }],
  ])('follows %s on %s to its own page', (reference, page, target) => {
    expect(resolveInternal(reference, page, SITE)).toEqual(target);
  });

  it.each([
    'https://open.spotify.com/show/1',
    '//evil.example/folgen/',
    'mailto:podcast@klartext-it.example.de',
    'tel:+49301234',
    'javascript:alert(1)',
    'http://klartext-it.example.de/folgen/',
  ])('leaves %s to others', (reference) => {
    expect(resolveInternal(reference, '/', SITE)).toBeUndefined();
  });

  it.each([
    ['/', 'index.html'],
    ['/folgen/a/', 'folgen/a/index.html'],
    ['/feed.xml', 'feed.xml'],
    ['/folgen', 'folgen'],
  ])('serves %s from %s', (path, file) => {
    expect(fileForPath(path)).toBe(file);
  });

  it.each([
    ['', true],
    ['top', true],
    ['TOP', true],
    ['t=90', true],
    ['t=00:01:30', true],
    ['t=npt:10,20', true],
    ['t=', false],
    ['t=abc', false],
    ['fazit', false],
    ['t=90&x=<script>', false],
  ])('skips looking for an element with the id %j: %s', (fragment, noAnchor) => {
    expect(needsNoAnchor(fragment)).toBe(noAnchor);
  });
});
