import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listPages, onePagePerType, pageType, urlForFile } from '../../build/site-pages';

describe('site pages', () => {
  it.each([
    ['index.html', '/'],
    ['folgen/index.html', '/folgen/'],
    ['folgen/004-vertraust-du-deiner-it/index.html', '/folgen/004-vertraust-du-deiner-it/'],
    ['404.html', '/404.html'],
    ['/themen/vertrauen/index.html', '/themen/vertrauen/'],
  ])('serves %s at %s', (file, url) => {
    expect(urlForFile(file)).toBe(url);
  });

  it.each([
    ['/', 'home'],
    ['/folgen/', 'folgen'],
    ['/folgen/seite/2/', 'archive-page'],
    ['/folgen/004-vertraust-du-deiner-it/', 'episode'],
    ['/themen/', 'themen'],
    ['/themen/vertrauen/', 'topic'],
    ['/kaffee/', 'kaffee'],
    ['/togo/klartext-kompakt/', 'togo-detail'],
    ['/denkanstoss/danke/', 'denkanstoss-detail'],
    ['/404.html', '404'],
  ])('counts %s as a page of type %s', (url, type) => {
    expect(pageType(url)).toBe(type);
  });

  const dist = mkdtempSync(join(tmpdir(), 'site-pages-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('finds every HTML page of a built site and nothing else', () => {
    for (const file of ['index.html', 'folgen/a/index.html', 'folgen/b/index.html', '404.html', '_astro/x.css', 'feed.xml']) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), '');
    }
    expect(listPages(dist).map((page) => page.url)).toEqual(['/404.html', '/folgen/a/', '/folgen/b/', '/']);
  });

  it('picks one page per type, preferring the pages asked for', () => {
    const pages = listPages(dist);
    expect(onePagePerType(pages, ['/folgen/b/']).map((page) => page.url)).toEqual(['/404.html', '/folgen/b/', '/']);
    expect(onePagePerType(pages).map((page) => page.url)).toEqual(['/404.html', '/folgen/a/', '/']);
  });
});
