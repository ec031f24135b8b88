import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../build/search-index';
import { FURTHER_PART_RECORDS } from '../../src/lib/search/scope';

function siteWith(pages: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  for (const [name, html] of Object.entries(pages)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), html);
  }
  return dir;
}

const episode = (day: string, text: string) =>
  `<!doctype html><html lang="de"><body><article data-pagefind-body data-pagefind-sort="date[data-search-date]" data-search-date="${day}"><h1>Folge vom ${day}</h1><p>${text}</p></article></body></html>`;

describe('the search index step of the build', () => {
  it('indexes the episode pages of a built site into dist/pagefind', async () => {
    const dir = siteWith({
      'index.html':
        '<!doctype html><html lang="de"><body><main data-pagefind-body><h1>Vertrauen</h1><p>Wir sprechen mit Dienstleistern.</p></main></body></html>',
    });
    await expect(indexSite(dir)).resolves.toEqual({ pages: 1, records: 1, newestPages: 1, olderParts: 0 });
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('fails, naming the folder, when there is no built site to index', async () => {
    const dir = siteWith({});
    await expect(indexSite(dir)).rejects.toThrow(`${dir}/ holds no built pages to index`);
  });

  it('fails when episode pages carry no searchable text, instead of shipping a search that finds nothing', async () => {
    const dir = siteWith({
      'folgen/a/index.html': '<!doctype html><html lang="de"><body><main>Folge ohne Markierung</main></body></html>',
    });
    await expect(indexSite(dir)).rejects.toThrow('Pagefind found no searchable text in the episode pages');
  });

  it('a new podcast without published episodes gets a search that works and finds nothing', async () => {
    const dir = siteWith({ 'index.html': '<!doctype html><html lang="de"><body><main>Bald geht es los.</main></body></html>' });
    await expect(indexSite(dir)).resolves.toEqual({ pages: 0, records: 0, newestPages: 0, olderParts: 0 });
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind/search-bundles.json'), 'utf8'))).toMatchObject({
      newest: { episodes: 0 },
      older: null,
    });
  });

  it('puts the newest episodes, up to the words allowed, in pagefind/ and the older ones in pagefind/older/1/', async () => {
    const words = (n: number) => Array.from({ length: n }, () => 'Wort').join(' ');
    const dir = siteWith({
      'folgen/a/index.html': episode('2023-01-09', words(100)),
      'folgen/b/index.html': episode('2025-03-03', words(100)),
      'folgen/c/index.html': episode('2024-06-10', words(100)),
      'folgen/d/index.html': episode('2022-11-21', words(100)),
      'impressum/index.html': '<!doctype html><html lang="de"><body><main>Impressum</main></body></html>',
    });
    await expect(indexSite(dir, { newestWords: 150 })).resolves.toEqual({ pages: 4, records: 4, newestPages: 2, olderParts: 1 });
    expect(JSON.parse(readFileSync(join(dir, 'pagefind/search-bundles.json'), 'utf8'))).toEqual({
      newest: { episodes: 2, records: 2, since: '2024-06-10' },
      older: { episodes: 2, parts: [{ path: '/pagefind/older/1/', episodes: 2, records: 2, since: '2022-11-21' }], near: 1 },
    });
    for (const bundle of ['pagefind', 'pagefind/older/1']) {
      expect(existsSync(join(dir, bundle, 'pagefind-entry.json'))).toBe(true);
      expect(readdirSync(join(dir, bundle, 'fragment'))).toHaveLength(2);
    }
    expect(existsSync(join(dir, 'pagefind.partial'))).toBe(false);
  });

  it('indexes a large older bundle in parts of the bytes allowed, each a Pagefind index of its own, listed newest part first with what it holds and which ones a first search covers', async () => {
    const words = (n: number) => Array.from({ length: n }, () => 'Wort').join(' ');
    const days = ['2021-01-04', '2021-02-01', '2021-03-01', '2021-04-05', '2021-05-03', '2025-03-03'];
    const dir = siteWith(Object.fromEntries(days.map((day, n) => [`folgen/${n}/index.html`, episode(day, words(100))])));
    const pageBytes = readFileSync(join(dir, 'folgen/0/index.html')).length;
    await expect(
      indexSite(dir, { newestWords: 50, olderPartBytes: pageBytes * 2, firstSearchRecords: 1 + 2 + FURTHER_PART_RECORDS }),
    ).resolves.toEqual({
      pages: 6,
      records: 6,
      newestPages: 1,
      olderParts: 3,
    });
    expect(JSON.parse(readFileSync(join(dir, 'pagefind/search-bundles.json'), 'utf8'))).toEqual({
      newest: { episodes: 1, records: 1, since: '2025-03-03' },
      older: {
        episodes: 5,
        parts: [
          { path: '/pagefind/older/3/', episodes: 1, records: 1, since: '2021-05-03' },
          { path: '/pagefind/older/2/', episodes: 2, records: 2, since: '2021-03-01' },
          { path: '/pagefind/older/1/', episodes: 2, records: 2, since: '2021-01-04' },
        ],
        // The newest parts while their passages, and the chunks each further part adds, fit the first search.
        near: 2,
      },
    });
    // Oldest first, two pages each: the oldest part holds the two oldest episodes.
    for (const [part, pages] of [
      [1, 2],
      [2, 2],
      [3, 1],
    ] as const) {
      expect(readdirSync(join(dir, `pagefind/older/${part}/fragment`))).toHaveLength(pages);
    }
  });

  it('an archive within the words allowed is one bundle', async () => {
    const dir = siteWith({
      'folgen/a/index.html': episode('2024-06-10', 'Vertrauen'),
      'folgen/b/index.html': episode('2025-03-03', 'Dienstleister'),
    });
    await indexSite(dir);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind/search-bundles.json'), 'utf8'))).toEqual({
      newest: { episodes: 2, records: 2, since: '2024-06-10' },
      older: null,
    });
    expect(existsSync(join(dir, 'pagefind/older'))).toBe(false);
  });

  it('a failed run leaves the last complete index in place', async () => {
    const dir = siteWith({ 'folgen/a/index.html': episode('2024-06-10', 'Vertrauen') });
    await indexSite(dir);
    const before = readdirSync(join(dir, 'pagefind/fragment'));
    writeFileSync(join(dir, 'folgen/a/index.html'), '<!doctype html><html lang="de"><body><main>leer</main></body></html>');
    await expect(indexSite(dir)).rejects.toThrow('Pagefind found no searchable text');
    expect(readdirSync(join(dir, 'pagefind/fragment'))).toEqual(before);
  });
});
