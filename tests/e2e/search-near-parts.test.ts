import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite, type IndexOptions } from '../../build/search-index.ts';
import type { SearchBundles } from '../../src/lib/search/scope.ts';
import { serveStatic, type StaticServer } from '../../quality/static-server.ts';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/browser';
import { pageRecordingRequests, resultEpisodes, resultsFor, showAllResults } from '../support/search-page';

/**
 * The demo archive indexed as a show with thousands of episodes would be: two
 * newest episodes, the older ones in parts of about two episodes, and a first
 * search that may load only the newest part's metadata, as a real first
 * search may load only about 3,000 passages' worth (src/lib/search/scope.ts).
 */
const NEAR = '/folgen/005-remote-arbeit-ohne-reibung/';
const FAR = '/folgen/000-trailer/';
const FAR_ONLY = '/folgen/001-warum-dieser-podcast/';

let site: string;
let server: StaticServer;
let bundles: SearchBundles;
const browser = useBrowser();

/** Puts a word into the first searchable paragraph of the page's transcript. */
function addWord(page: string, word: string) {
  const file = join(site, page, 'index.html');
  const html = readFileSync(file, 'utf8');
  const marked = html.replace(/(data-search-sections[^>]*>[\s\S]*?<p(?: data-start[^>]*)?>)/, `$1${word} `);
  if (marked === html) throw new Error(`${page} has no transcript paragraph to put a word in`);
  writeFileSync(file, marked);
}

const readBundles = () => JSON.parse(readFileSync(join(site, 'pagefind/search-bundles.json'), 'utf8')) as SearchBundles;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'search-near-parts-'));
  cpSync('dist', site, { recursive: true });
  addWord(NEAR, 'Aktenvernichter');
  addWord(FAR, 'Aktenvernichter');
  addWord(FAR_ONLY, 'Faxgerät');
  const options: IndexOptions = { newestWords: 1000, wordsPerRecord: 300, olderPartBytes: 100_000 };
  await indexSite(site, options);
  // As many passages as the newest part holds: the first search covers it alone.
  const newestPart = readBundles().older!.parts[0]!;
  await indexSite(site, { ...options, firstSearchRecords: newestPart.records });
  bundles = readBundles();
  expect(bundles.older!.parts.length).toBeGreaterThanOrEqual(2);
  expect(bundles.older!.near).toBe(1);
  // The words sit where the tests need them: one episode in the near part, one in the oldest.
  expect(newestPart.since <= '2025-02-17').toBe(true);
  expect(bundles.older!.parts.at(-1)!.since).toBe('2024-02-26');
  server = await serveStatic(site);
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

/** The folders of the older parts a page fetched anything from. */
const partsLoaded = (requests: string[]) => new Set(requests.map((url) => /\/pagefind\/older\/(\d+)\//.exec(url)?.[1]));

describe('a large archive searches the older episodes near in time first', () => {
  it('a word said near in time and long ago shows the near episodes, loads only their part, and one click searches all', async () => {
    const { page, requests, close } = await pageRecordingRequests(browser, '/pagefind/older/', { siteUrl: server.url });
    await page.goto('/suche/?q=Aktenvernichter');
    await resultsFor(page, 'Aktenvernichter');
    const near = bundles.newest.episodes + bundles.older!.parts[0]!.episodes;
    await expect(page.locator('[data-search-status]').textContent()).resolves.toBe(
      `„Aktenvernichter“ kommt in einer der ${near} neuesten Folgen vor.`,
    );
    await expect(resultEpisodes(page)).resolves.toEqual([NEAR]);
    const widen = page.locator('[data-search-widen]');
    await expect(widen.isVisible()).resolves.toBe(true);
    await expect(widen.textContent()).resolves.toBe(
      `Auch die ${bundles.newest.episodes + bundles.older!.episodes - near} älteren Folgen durchsuchen`,
    );
    const nearPath = bundles.older!.parts[0]!.path;
    expect(partsLoaded(requests)).toEqual(new Set([/\/older\/(\d+)\//.exec(nearPath)![1]]));
    expect(await axeViolations(page)).toEqual([]);

    await widen.click();
    await page.waitForFunction(
      () => document.querySelector('[data-search-status]')?.textContent === '„Aktenvernichter“ kommt in 2 Folgen vor.',
    );
    await expect(widen.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)).resolves.toBe(true);
    await showAllResults(page);
    expect(new Set(await resultEpisodes(page))).toEqual(new Set([NEAR, FAR]));
    expect(partsLoaded(requests).size).toBe(bundles.older!.parts.length);
    await close();
  });

  it('a word only episodes long ago say is found without asking', async () => {
    const { page, close } = await pageRecordingRequests(browser, '/pagefind/older/', { siteUrl: server.url });
    await page.goto('/suche/');
    await page.locator('#search-query').fill('Faxgerät');
    await resultsFor(page, 'Faxgerät');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toBe('„Faxgerät“ kommt in einer Folge vor.');
    await expect(resultEpisodes(page)).resolves.toEqual([FAR_ONLY]);
    await expect(page.locator('[data-search-widen]').isVisible()).resolves.toBe(false);
    await close();
  });

  it('by date, the near episodes come newest first and the far ones after them once asked for', async () => {
    const { page, close } = await pageRecordingRequests(browser, '/pagefind/older/', { siteUrl: server.url });
    await page.goto('/suche/?q=Aktenvernichter&sortierung=datum');
    await resultsFor(page, 'Aktenvernichter');
    await expect(resultEpisodes(page)).resolves.toEqual([NEAR]);
    await page.locator('[data-search-widen]').click();
    await page.waitForFunction(
      () => document.querySelector('[data-search-status]')?.textContent === '„Aktenvernichter“ kommt in 2 Folgen vor.',
    );
    await showAllResults(page);
    await expect(resultEpisodes(page)).resolves.toEqual([NEAR, FAR]);
    await close();
  });

  it('a year before the near parts searches every part', async () => {
    const { page, close } = await pageRecordingRequests(browser, '/pagefind/older/', { siteUrl: server.url });
    await page.goto('/suche/?q=Aktenvernichter&jahr=2024');
    await resultsFor(page, 'Aktenvernichter');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toBe('„Aktenvernichter“ kommt in einer Folge vor.');
    await expect(resultEpisodes(page)).resolves.toEqual([FAR]);
    await close();
  });
});
