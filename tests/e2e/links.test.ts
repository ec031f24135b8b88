import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { fileForPath, readPageLinks, resolveInternal, needsNoAnchor, type PageLinks } from '../../quality/html-links';
import { listPages } from '../../build/site-pages';
import { loadSettings } from '../../src/lib/settings';

const dist = 'dist';
const site = loadSettings().site;
const pages = listPages(dist);
const linksByFile = new Map<string, PageLinks>();

beforeAll(async () => {
  for (const page of pages) linksByFile.set(page.file, await readPageLinks(readFileSync(join(dist, page.file), 'utf8')));
});

it('the built site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(5);
});

it('every link, image, script, stylesheet and audio file on the site points to something that exists', () => {
  const broken = pages.flatMap((page) =>
    linksByFile.get(page.file)!.urls.flatMap((reference) => {
      const target = resolveInternal(reference, page.url, site);
      if (!target) return [];
      return existsSync(join(dist, fileForPath(target.path))) ? [] : [`${page.url} → ${reference}`];
    }),
  );
  expect(broken).toEqual([]);
});

it('every #anchor, on the same page or another, lands on an element with that id', () => {
  const missing = pages.flatMap((page) =>
    linksByFile.get(page.file)!.urls.flatMap((reference) => {
      const target = resolveInternal(reference, page.url, site);
      if (!target || needsNoAnchor(target.fragment)) return [];
      const file = fileForPath(target.path);
      if (!file.endsWith('.html')) return [];
      const anchors = linksByFile.get(file)?.anchors;
      return anchors?.has(target.fragment) ? [] : [`${page.url} → ${reference}`];
    }),
  );
  expect(missing).toEqual([]);
});
