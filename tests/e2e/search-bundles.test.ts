import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../build/search-index.ts';
import { serveStatic, type StaticServer } from '../../quality/static-server.ts';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/browser';
import { eventually } from '../support/page-states';
import { announcedCount, pageRecordingRequests, resultEpisodes, resultsFor, showAllResults } from '../support/search-page';

/**
 * The demo archive indexed as a large one would be: the two newest episodes
 * in the newest bundle, the six before them in the older one, and short
 * records, so that the older bundle, like a real one, holds more of them.
 */
const NEWEST = ['/folgen/007-projekte-die-niemand-stoppt/', '/folgen/006-outsourcing-sauber-beenden/'];
const OLDER = [
  '/folgen/005-remote-arbeit-ohne-reibung/',
  '/folgen/004-vertraust-du-deiner-it/',
  '/folgen/003-sla-ohne-streit/',
  '/folgen/002-zwist-zwischen-it-und-fachbereich/',
  '/folgen/001-warum-dieser-podcast/',
  '/folgen/000-trailer/',
];

let site: string;
let server: StaticServer;
const browser = useBrowser();

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'search-bundles-'));
  cpSync('dist', site, { recursive: true });
  await expect(indexSite(site, { newestWords: 1000, wordsPerRecord: 300 })).resolves.toMatchObject({ pages: 8, newestPages: 2 });
  server = await serveStatic(site);
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

async function newPage() {
  const { page, requests, close } = await pageRecordingRequests(browser, '/pagefind/older/', { siteUrl: server.url });
  return { page, olderBundleRequests: requests, close };
}

describe('search over an archive split into newest and older episodes', () => {
  it('a word the newest episodes say often shows them, says so, and one click searches the older ones too', async () => {
    const { page, olderBundleRequests, close } = await newPage();
    await page.goto('/suche/?q=Projekt');
    await resultsFor(page, 'Projekt');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(
      /^„Projekt“ kommt in (\d+|einer) der 2 neuesten Folgen vor\.$/,
    );
    await showAllResults(page);
    for (const href of await resultEpisodes(page)) expect(NEWEST).toContain(href);

    const widen = page.locator('[data-search-widen]');
    await expect(widen.textContent()).resolves.toBe('Auch die 6 älteren Folgen durchsuchen');
    expect(await axeViolations(page)).toEqual([]);
    // Loaded with the first search, so that a later rare word costs only its own index; in the background, so it may come after the results.
    await eventually(() => olderBundleRequests.some((url) => url.endsWith('.pf_meta'))).toBe(true);
    await widen.click();
    await page.waitForURL('**/suche/?q=Projekt&bereich=alle');
    await page.waitForFunction(() =>
      /^„Projekt“ kommt in (\d+ Folgen|einer Folge) vor\.$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    );
    await expect(widen.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)).resolves.toBe(true);
    await showAllResults(page);
    const everywhere = await resultEpisodes(page);
    expect(everywhere).toEqual(
      expect.arrayContaining([
        ...NEWEST,
        '/folgen/005-remote-arbeit-ohne-reibung/',
        '/folgen/004-vertraust-du-deiner-it/',
        '/folgen/000-trailer/',
      ]),
    );
    await close();
  });

  it('a word only older episodes say is found at once, without asking', async () => {
    const { page, olderBundleRequests, close } = await newPage();
    await page.goto('/suche/');
    await page.locator('#search-query').fill('Zwist');
    const results = await resultsFor(page, 'Zwist');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/^„Zwist“ kommt in (\d+ Folgen|einer Folge) vor\.$/);
    await expect(results.locator('h2 a').first().getAttribute('href')).resolves.toBe(
      '/folgen/002-zwist-zwischen-it-und-fachbereich/?q=Zwist',
    );
    await expect(page.locator('[data-search-widen]').isVisible()).resolves.toBe(false);
    expect(olderBundleRequests.length).toBeGreaterThan(0);
    await close();
  });

  it('by date, the results run from the newest episode to the oldest across both bundles', async () => {
    const { page, close } = await newPage();
    await page.goto('/suche/?q=Projekt&sortierung=datum&bereich=alle');
    await resultsFor(page, 'Projekt');
    await showAllResults(page);
    const shown = await resultEpisodes(page);
    expect(shown).toEqual([...NEWEST, ...OLDER].filter((href) => shown.includes(href)));
    expect(shown.filter((href) => OLDER.includes(href!)).length).toBeGreaterThan(1);
    await close();
  });

  it('a year the newest episodes do not wholly cover finds its older episodes too', async () => {
    const { page, close } = await newPage();
    await page.goto('/suche/?q=Projekt&jahr=2025');
    await resultsFor(page, 'Projekt');
    await showAllResults(page);
    const shown = await resultEpisodes(page);
    expect(new Set(shown)).toEqual(new Set(['/folgen/006-outsourcing-sauber-beenden/', '/folgen/005-remote-arbeit-ohne-reibung/']));
    expect(await announcedCount(page)).toBe(shown.length);
    await close();
  });
});
