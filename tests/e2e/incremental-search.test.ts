import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite, type IndexOptions } from '../../build/search-index.ts';
import { serveStatic, type StaticServer } from '../../quality/static-server.ts';
import { useBrowser } from '../support/browser';
import { pageRecordingRequests, resultEpisodes, resultsFor, showAllResults } from '../support/search-page';

/**
 * The demo archive indexed as a large one would be (two newest episodes in
 * the newest bundle, the rest older, cut into parts of about two episodes),
 * then one episode published: only the newest bundle may be indexed again,
 * and search must still find every bundle's words.
 */
const NEW_EPISODE = '/folgen/neu-im-archiv/';
const OLDER_EPISODE = '/folgen/003-sla-ohne-streit/';

let site: string;
let server: StaticServer;
let options: IndexOptions;
/** The cache's names of the older bundle's parts, oldest first. */
let parts: string[];
const browser = useBrowser();

/** Puts a word into the first searchable paragraph of the page's transcript (not the ignored line of transcript files). */
function withWord(html: string, word: string): string {
  const marked = html.replace(/(data-search-sections[^>]*>[\s\S]*?<p(?: data-start[^>]*)?>)/, `$1${word} `);
  if (marked === html) throw new Error('the episode page has no transcript paragraph to put a word in');
  return marked;
}

/** Every file of a folder with its bytes, to tell whether anything in it was written again. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name)).toString('base64')]),
  );
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'incremental-search-'));
  site = join(root, 'dist');
  cpSync('dist', site, { recursive: true });
  const older = join(site, OLDER_EPISODE, 'index.html');
  writeFileSync(older, withWord(readFileSync(older, 'utf8'), 'Aktenvernichter'));
  options = { newestWords: 1000, wordsPerRecord: 300, olderPartBytes: 100_000, cache: { dir: join(root, 'cache'), code: 'test' } };
  const indexed = await indexSite(site, options);
  expect(indexed).toMatchObject({ pages: 8, newestPages: 2, reused: [] });
  expect(indexed.olderParts).toBeGreaterThanOrEqual(2);
  parts = Array.from({ length: indexed.olderParts }, (_, part) => `older-${part + 1}`);
  server = await serveStatic(site);
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (site) rmSync(join(site, '..'), { recursive: true, force: true });
});

describe('publishing an episode re-indexes only the newest bundle', () => {
  it('an unchanged rebuild reuses every bundle', async () => {
    await expect(indexSite(site, options)).resolves.toMatchObject({ pages: 8, newestPages: 2, reused: ['newest', ...parts] });
  });

  it('a new episode goes to the newest bundle; every older part is copied byte for byte, and words of all are found', async () => {
    const olderBefore = snapshot(join(site, 'pagefind/older'));
    const trailer = readFileSync(join(site, 'folgen/000-trailer/index.html'), 'utf8');
    mkdirSync(join(site, NEW_EPISODE), { recursive: true });
    writeFileSync(
      join(site, NEW_EPISODE, 'index.html'),
      withWord(trailer.replace(/data-search-date="[^"]*"/, 'data-search-date="2026-05-04"'), 'Quittungsdrucker'),
    );

    // The new episode also joins an older episode's related list, below its article: not what search reads.
    const olderPage = join(site, OLDER_EPISODE, 'index.html');
    writeFileSync(
      olderPage,
      readFileSync(olderPage, 'utf8').replace('</body>', `<section><a href="${NEW_EPISODE}">Neu</a></section></body>`),
    );

    await expect(indexSite(site, options)).resolves.toMatchObject({ pages: 9, newestPages: 3, reused: parts });
    expect(snapshot(join(site, 'pagefind/older'))).toEqual(olderBefore);

    const { page, close } = await pageRecordingRequests(browser, '/pagefind/', { siteUrl: server.url });
    for (const [word, episode] of [
      ['Quittungsdrucker', NEW_EPISODE],
      ['Aktenvernichter', OLDER_EPISODE],
    ] as const) {
      await page.goto(`/suche/?q=${word}`);
      await resultsFor(page, word);
      await showAllResults(page);
      await expect(resultEpisodes(page)).resolves.toEqual([episode]);
    }
    await page.goto('/suche/?q=Projekt&bereich=alle');
    await resultsFor(page, 'Projekt');
    await showAllResults(page);
    const everywhere = await resultEpisodes(page);
    expect(everywhere).toEqual(expect.arrayContaining(['/folgen/007-projekte-die-niemand-stoppt/', '/folgen/004-vertraust-du-deiner-it/']));
    await close();
  });

  it('a corrected transcript of an older episode re-indexes only its part and finds the correction', async () => {
    const olderPage = join(site, OLDER_EPISODE, 'index.html');
    writeFileSync(olderPage, withWord(readFileSync(olderPage, 'utf8'), 'Schredderprotokoll'));
    const { reused = [] } = await indexSite(site, options);
    expect(reused).toContain('newest');
    expect(reused.filter((name) => parts.includes(name))).toHaveLength(parts.length - 1);

    const { page, close } = await pageRecordingRequests(browser, '/pagefind/', { siteUrl: server.url });
    await page.goto('/suche/?q=Schredderprotokoll');
    await resultsFor(page, 'Schredderprotokoll');
    await expect(resultEpisodes(page)).resolves.toEqual([OLDER_EPISODE]);
    await close();
  });
});

describe('searching an older bundle of several parts', () => {
  it('by date, every episode that says the word comes newest first across all parts', async () => {
    const { page, close } = await pageRecordingRequests(browser, '/pagefind/', { siteUrl: server.url });
    await page.goto('/suche/?q=IT&bereich=alle&sortierung=datum');
    await resultsFor(page, 'IT');
    await showAllResults(page);
    const episodes = await resultEpisodes(page);
    const numbered = episodes.filter((url) => url !== NEW_EPISODE).map((url) => Number(/\/folgen\/(\d{3})-/.exec(url ?? '')?.[1]));
    expect(episodes[0]).toBe(NEW_EPISODE);
    expect(numbered.length).toBeGreaterThanOrEqual(5);
    expect(numbered).toEqual([...numbered].sort((a, b) => b - a));
    await close();
  });
});
