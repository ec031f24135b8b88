import { describe, expect, it } from 'vitest';
import { brotliBytes, gzipBytes, htmlThrough, inlineScripts, renderBlockingScripts, stylesheetUrls } from '../../quality/page-weight';

describe('page weight', () => {
  it.each([
    ['a classic script in the head', '<head><script src="/a.js"></script></head>', ['/a.js']],
    ['a classic script at the end of the body', '<body><p>x</p><script src="/b.js"></script></body>', ['/b.js']],
    ['a deferred script', '<head><script src="/a.js" defer></script></head>', []],
    ['an async script', '<head><script async src="/a.js"></script></head>', []],
    ['a module script', '<head><script type="module" src="/a.js"></script></head>', []],
    ['an inline script', '<head><script>console.log(1)</script></head>', []],
    ['JSON-LD with a src', '<head><script type="application/ld+json" src="/x.json"></script></head>', []],
  ])('counts %s as render-blocking or not', async (_what, html, blocking) => {
    expect(await renderBlockingScripts(html)).toEqual(blocking);
  });

  it('counts inline JavaScript but not JSON-LD', async () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script type="application/ld+json">{"@type":"PodcastEpisode"}</script>';
    expect(await inlineScripts(html)).toEqual(['a()', 'b()']);
  });

  it('finds the stylesheets but not icons or feeds', async () => {
    const html =
      '<link rel="stylesheet" href="/a.css"><link rel="icon" href="/f.svg"><link rel="alternate" href="/feed.xml"><link rel="preload stylesheet" href="/b.css">';
    expect(await stylesheetUrls(html)).toEqual(['/a.css', '/b.css']);
  });

  it('cuts the page right after an element and everything inside it', async () => {
    const html =
      '<body><header><a href="/">x</a></header><div class="player"><audio controls><source src="/a.mp3"></audio><p><a href="/a.mp3">laden</a></p></div><main><p>rest</p></main></body>';
    expect(await htmlThrough(html, '.player')).toBe(
      '<body><header><a href="/">x</a></header><div class="player"><audio controls><source src="/a.mp3"></audio><p><a href="/a.mp3">laden</a></p></div>',
    );
  });

  it.each([
    ['the element is missing', '<body><p>x</p></body>', undefined],
    ['the element is the last one', '<body><div class="player"><p>x</p></div></body>', '<body><div class="player"><p>x</p></div></body>'],
  ])('when %s, tells so', async (_what, html, result) => {
    expect(await htmlThrough(html, '.player')).toBe(result);
  });

  it('measures repetitive text smaller compressed than raw, brotli at most as large as gzip here', () => {
    const text = 'Vertrauen entsteht langsam und vergeht schnell. '.repeat(200);
    expect(gzipBytes(text)).toBeLessThan(text.length / 10);
    expect(brotliBytes(text)).toBeLessThanOrEqual(gzipBytes(text));
  });
});
