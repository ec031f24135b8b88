import { describe, expect, it } from 'vitest';
import { useBrowser, type ContextOptions } from '../support/browser';
import { afterTwoFrames } from '../support/page-states';
import { announcedCount, pageRecordingRequests, resultEpisodes, resultsFor, showAllResults } from '../support/search-page';

const LONG_EPISODE = '/folgen/004-vertraust-du-deiner-it/';

const browser = useBrowser();

async function newPage(options: ContextOptions = {}) {
  const { page, requests, close } = await pageRecordingRequests(browser, '/pagefind/', options);
  return { page, pagefindRequests: requests, close };
}

describe('full-text search', () => {
  it.each([
    ['Dienstleister', LONG_EPISODE, /^Dienstleistern/],
    ['Angebote', '/folgen/003-sla-ohne-streit/', /^Angebot\b/],
  ])('typing the inflected word %j finds %s with the spoken form highlighted', async (query, episode, spoken) => {
    const { page, close } = await newPage();
    await page.goto('/suche/');
    await page.locator('#search-query').pressSequentially(query, { delay: 20 });
    const results = await resultsFor(page, query);
    const hit = results.filter({ has: page.locator(`h2 a[href^="${episode}?"]`) });
    await expect(hit.count()).resolves.toBe(1);
    const marks = await hit.locator('mark').allTextContents();
    expect(marks.some((mark) => spoken.test(mark))).toBe(true);
    await close();
  });

  it('an episode with several matching passages appears once, its sections gathered on one card', async () => {
    const { page, close } = await newPage();
    await page.goto('/suche/?q=Vertrauen');
    await resultsFor(page, 'Vertrauen');
    await showAllResults(page);
    const titles = await resultEpisodes(page);
    expect(new Set(titles).size).toBe(titles.length);
    // The count is of episodes, as shown: one card each, however many passages it gathers.
    expect(await announcedCount(page)).toBe(titles.length);
    const long = page.locator('[data-search-results] > li', { has: page.locator(`h2 a[href^="${LONG_EPISODE}?"]`) });
    const sections = await long
      .locator('.search-result__sections a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections.length).toBeGreaterThan(3);
    await close();
  });

  it.each(['WhatsApp', 'Bluesky', 'WebVTT'])(
    'the page around the episode (share buttons, file links) is not searchable: %j finds nothing',
    async (query) => {
      const { page, close } = await newPage();
      await page.goto(`/suche/?q=${query}`);
      await resultsFor(page, query);
      await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/^Keine Folge gefunden/);
      await close();
    },
  );

  it('following a section result lands on the section heading and carries its time mark for the player', async () => {
    const { page, close } = await newPage();
    await page.goto('/suche/?q=Dienstleister');
    const results = await resultsFor(page, 'Dienstleister');
    const section = results.locator(`.search-result__sections a[href^="${LONG_EPISODE}?t="]`).first();
    const href = (await section.getAttribute('href'))!;
    const [, seconds, id] = /\?t=(\d+)&q=Dienstleister#(.+)$/.exec(href)!;
    await section.click();
    await page.waitForURL(`**${LONG_EPISODE}?t=${seconds}&q=Dienstleister#*`);
    const heading = page.locator(`[id="${decodeURIComponent(id!)}"]`);
    await expect(heading.evaluate((node) => node.tagName)).resolves.toMatch(/^H[2-5]$/);
    await expect(heading.getAttribute('data-start')).resolves.toBe(seconds);
    await page.waitForFunction(
      (selector) => {
        const top = document.querySelector(selector)!.getBoundingClientRect().top;
        return top >= -1 && top < window.innerHeight / 2;
      },
      `[id="${decodeURIComponent(id!)}"]`,
    );
    await close();
  });

  it('a search from the header form on any page shows results on /suche/', async () => {
    const { page, close } = await newPage();
    await page.goto('/');
    await page.locator('#site-search').fill('Vertrauen');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL('**/suche/?q=Vertrauen');
    const results = await resultsFor(page, 'Vertrauen');
    await expect(results.count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#search-query').inputValue()).resolves.toBe('Vertrauen');
    await close();
  });

  it('the topic filter narrows the results to episodes of that topic', async () => {
    const { page, close } = await newPage();
    await page.goto('/suche/?q=Dienstleister');
    await resultsFor(page, 'Dienstleister');
    const unfiltered = await announcedCount(page);
    const before = await page.locator('[data-search-status]').textContent();
    await page.locator('select[name="thema"]').selectOption('remote-arbeit');
    await page.waitForURL('**/suche/?q=Dienstleister&thema=remote-arbeit');
    await page.waitForFunction((earlier) => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return status.includes('Dienstleister') && status !== earlier;
    }, before);
    const filtered = await announcedCount(page);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(unfiltered);
    const found = await resultEpisodes(page);
    await page.goto('/themen/remote-arbeit/');
    const ofTopic = await page.locator('.episode-card__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const href of found) expect(ofTopic).toContain(href);
    await close();
  });

  it('sorting by date lists the newest episode first', async () => {
    const { page, close } = await newPage();
    await page.goto('/suche/?q=Dienstleister&sortierung=datum');
    await resultsFor(page, 'Dienstleister');
    await expect(page.locator('select[name="sortierung"]').inputValue()).resolves.toBe('datum');
    const dates = await page
      .locator('[data-search-results] time')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
    await close();
  });

  it('works with the keyboard alone and announces the number of results', async () => {
    const { page, close } = await newPage();
    await page.goto('/suche/');
    for (let step = 0; step < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-query'; step++)
      await page.keyboard.press('Tab');
    await page.keyboard.type('Vertrauen');
    await resultsFor(page, 'Vertrauen');
    const status = page.locator('[data-search-status]');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(status.textContent()).resolves.toMatch(/^„Vertrauen“ kommt in (\d+ Folgen|einer Folge) vor\.$/);
    for (let step = 0; step < 40 && !(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)); step++)
      await page.keyboard.press('Tab');
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(target).toMatch(/^\/folgen\//);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${target}`);
    await close();
  });

  it('without JavaScript, /suche/ explains that search needs it and links to the archive', async () => {
    const { page, close } = await newPage({ javaScriptEnabled: false });
    await page.goto('/suche/?q=Vertrauen');
    const main = page.locator('main');
    await expect(main.innerText()).resolves.toContain('Die Suche braucht JavaScript');
    await expect(main.locator('a[href="/folgen/"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-search-form]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-search-more]').isVisible()).resolves.toBe(false);
    await close();
  });

  it('no page loads anything of the search index until the visitor searches', async () => {
    const { page, pagefindRequests, close } = await newPage();
    for (const path of ['/', LONG_EPISODE, '/folgen/', '/suche/']) {
      await page.goto(path, { waitUntil: 'networkidle' });
      // The header's field, or on /suche/ its own one (the only one there).
      await page.locator('#site-search, #search-query').first().focus();
      await page.mouse.wheel(0, 2000);
      // The focus and scroll listeners have run by then, and would have asked for the index.
      await afterTwoFrames(page);
    }
    expect(pagefindRequests).toEqual([]);
    await page.locator('#search-query').fill('Vertrauen');
    await resultsFor(page, 'Vertrauen');
    expect(pagefindRequests.length).toBeGreaterThan(0);
    await close();
  });
});
