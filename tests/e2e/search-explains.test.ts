import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { axeViolations } from '../support/axe';
import { eventually } from '../support/page-states';
import { isShown, PHONE } from '../support/visibility';
import { announcedCount, resultEpisodes, resultsFor, showAllResults } from '../support/search-page';

/**
 * Search as a listener reads it: counts in episodes, passages named after the
 * part of the page they come from, something to start from when the field is
 * empty or nothing is found, and the found words marked where a result leads.
 */

const browser = useBrowser();
const LONG_EPISODE = '/folgen/004-vertraust-du-deiner-it/';

async function open(path: string) {
  const { context } = await browser.isolatedContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

describe('/suche/', () => {
  it('has one search field, and with it empty offers topics and the newest episodes', async () => {
    const page = await open('/suche/');
    await expect(page.getByRole('searchbox').count()).resolves.toBe(1);
    const suggestions = page.getByRole('region', { name: 'Wonach suchst du?' });
    await expect(isShown(suggestions)).resolves.toBe(true);
    await expect(isShown(suggestions.getByRole('link', { name: 'Vertrauen' }))).resolves.toBe(true);
    await expect(isShown(suggestions.getByRole('link', { name: 'Projekte, die niemand stoppt' }))).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#search-query').fill('Vertrauen');
    await resultsFor(page, 'Vertrauen');
    await expect(isShown(suggestions)).resolves.toBe(false);
    await page.context().close();
  });

  it('counts the episodes it shows, in words', async () => {
    const page = await open('/suche/?q=Vertrauen');
    await resultsFor(page, 'Vertrauen');
    await showAllResults(page);
    const cards = await resultEpisodes(page);
    expect(cards.length).toBeGreaterThan(1);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toBe(`„Vertrauen“ kommt in ${cards.length} Folgen vor.`);
    expect(await announcedCount(page)).toBe(cards.length);
    await page.context().close();
  });

  it('names a passage of the show notes after the part of the page it is in, not the heading before it', async () => {
    const page = await open('/suche/?q=ramponiert');
    const results = await resultsFor(page, 'ramponiert');
    const sections = results.locator('.search-result__sections a');
    await expect(sections.allTextContents()).resolves.toEqual(['Diese Folge zum Nachlesen']);
    await page.context().close();
  });

  it('with nothing found, suggests other words and topics; with a topic chosen, offers to search without it', async () => {
    const page = await open('/suche/?q=Quantencomputer');
    await resultsFor(page, 'Quantencomputer');
    const status = page.locator('[data-search-status]');
    await expect(status.textContent()).resolves.toMatch(/^Keine Folge gefunden für „Quantencomputer“\. Versuch ein anderes/);
    await expect(isShown(page.getByRole('region', { name: 'Wonach suchst du?' }))).resolves.toBe(true);
    await expect(isShown(page.getByRole('button', { name: 'In allen Themen und Jahren suchen' }))).resolves.toBe(false);

    await page.goto('/suche/?q=Vertrauen&thema=projekte');
    await resultsFor(page, 'Vertrauen');
    await expect(status.textContent()).resolves.toBe('Keine Folge gefunden für „Vertrauen“ mit dem gewählten Thema oder Jahr.');
    const clear = page.getByRole('button', { name: 'In allen Themen und Jahren suchen' });
    await expect(isShown(clear)).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await clear.click();
    await page.waitForURL('**/suche/?q=Vertrauen');
    await eventually(() => announcedCount(page)).toBeGreaterThan(0);
    await expect(isShown(clear)).resolves.toBe(false);
    await page.context().close();
  });
});

describe('the page a result leads to', () => {
  it('marks the found words, says so in a bar that stays in sight, and takes the marks away on request', async () => {
    const page = await open('/suche/?q=Dienstleister');
    const results = await resultsFor(page, 'Dienstleister');
    const section = results.locator(`.search-result__sections a[href^="${LONG_EPISODE}?t="]`).first();
    await section.click();
    await page.waitForURL(`**${LONG_EPISODE}?t=*&q=Dienstleister#*`);
    const marks = page.locator('mark.search-mark');
    await eventually(() => marks.count()).toBeGreaterThan(3);
    await expect(marks.first().textContent()).resolves.toMatch(/^Dienstleister/);
    const bar = page.getByRole('status').filter({ hasText: '„Dienstleister“ ist auf dieser Seite markiert.' });
    await expect(isShown(bar)).resolves.toBe(true);
    // The heading the result named lands below the bar, not under it.
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const covered = await page.evaluate((target) => {
      const heading = document.getElementById(target)!.getBoundingClientRect();
      const over = document.querySelector('[data-search-marks]')!.getBoundingClientRect();
      return heading.top < over.bottom - 1;
    }, id);
    expect(covered).toBe(false);
    // The player still takes its moment from the address.
    await expect(page.locator('[data-player-time]').first().textContent()).resolves.not.toBe('00:00');
    expect(await axeViolations(page)).toEqual([]);

    await bar.getByRole('button', { name: 'Markierung entfernen' }).click();
    await eventually(() => marks.count()).toBe(0);
    await expect(isShown(bar)).resolves.toBe(false);
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);
    expect(new URL(page.url()).searchParams.has('t')).toBe(true);
    await expect(page.locator('main').innerText()).resolves.toContain('Dienstleister');
    await page.context().close();
  });

  it('marks nothing and shows no bar without ?q=', async () => {
    const page = await open(LONG_EPISODE);
    await page.waitForSelector('[data-player]:not([hidden])');
    await expect(page.locator('mark.search-mark').count()).resolves.toBe(0);
    await expect(isShown(page.locator('[data-search-marks]'))).resolves.toBe(false);
    await page.context().close();
  });

  it.each([['<img src=x onerror=alert(1)>'], ['(.*)'], ['"><script>alert(1)</script>']])(
    'treats %j in ?q= as words, never as markup',
    async (query) => {
      const page = await open(`${LONG_EPISODE}?q=${encodeURIComponent(query)}`);
      const bar = page.locator('[data-search-marks]');
      await eventually(() => isShown(bar)).toBe(true);
      await expect(bar.locator('[data-search-marks-text]').textContent()).resolves.toContain(query);
      await expect(page.locator('main img[src="x"], main script:not([src])').count()).resolves.toBe(0);
      await page.context().close();
    },
  );
});
