import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { eventually } from '../support/page-states';
import { DESKTOP, isShown, PHONE, pageTop } from '../support/visibility';
import { LONG_EPISODE_URL } from '../../quality/budgets';

/**
 * Finding one's way on an episode page: what comes after the player, where
 * the episodes before and after it are, and how a keyboard user gets past a
 * transcript of a hundred time marks.
 */

const browser = useBrowser();

async function open(path: string, viewport: { width: number; height: number }, javaScriptEnabled = true): Promise<Page> {
  const { context } = await browser.isolatedContext({ viewport, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

describe.each([
  ['a phone', PHONE],
  ['a desktop', DESKTOP],
])('an episode page on %s', (_screen, viewport) => {
  it('shows the episode artwork beside the title', async () => {
    const page = await open(LONG_EPISODE_URL, viewport);
    const artwork = page.locator('.episode__header img');
    await expect(isShown(artwork)).resolves.toBe(true);
    await expect(artwork.getAttribute('alt')).resolves.toBe('Cover von „Vertraust du deiner IT?“');
    const loaded = await artwork.evaluate(async (image: HTMLImageElement) => {
      await image.decode();
      return { width: image.naturalWidth, shown: image.getBoundingClientRect().width };
    });
    expect(loaded.width).toBeGreaterThan(0);
    expect(loaded.shown).toBeGreaterThanOrEqual(80);
    const title = await page.locator('h1').boundingBox();
    const box = await artwork.boundingBox();
    // Beside, not above: the artwork and the title share a line.
    expect(box!.y).toBeLessThan(title!.y + title!.height);
    expect(title!.y).toBeLessThan(box!.y + box!.height);
    await page.context().close();
  });

  it("lists the episode's topics across the page's width, each on one line", async () => {
    const page = await open(LONG_EPISODE_URL, viewport);
    const list = page.getByRole('list', { name: 'Themen' });
    const summary = await page.locator('.episode__summary').boundingBox();
    const listBox = await list.boundingBox();
    // The list spans the header as the summary does, not the artwork's narrow column.
    expect(listBox!.width).toBeGreaterThanOrEqual(summary!.width - 1);
    const chips = await list.getByRole('link').evaluateAll((links) =>
      links.map((link) => ({
        top: link.getBoundingClientRect().top,
        height: link.getBoundingClientRect().height,
        lineHeight: parseFloat(getComputedStyle(link).lineHeight),
      })),
    );
    expect(chips.length).toBeGreaterThan(1);
    for (const chip of chips) expect(chip.height).toBeLessThan(chip.lineHeight * 2);
    // Side by side, not stacked one per row.
    expect(new Set(chips.map((chip) => Math.round(chip.top))).size).toBeLessThan(chips.length);
    await page.context().close();
  });

  it('offers sharing right after the player, before video, links and transcript', async () => {
    const page = await open(LONG_EPISODE_URL, viewport);
    const share = page.locator('section.share');
    await expect(isShown(share)).resolves.toBe(true);
    const shareTop = await pageTop(share);
    expect(shareTop).toBeGreaterThan(await pageTop(page.locator('.episode__listen')));
    expect(shareTop).toBeLessThan(await pageTop(page.locator('#transcript-heading')));
    await expect(share.evaluate((element) => element.previousElementSibling?.classList.contains('episode__listen'))).resolves.toBe(true);
    await page.context().close();
  });

  it('links the previous and the next episode by their titles, also without JavaScript', async () => {
    const page = await open(LONG_EPISODE_URL, viewport, false);
    const around = page.getByRole('navigation', { name: 'Weitere Folgen' });
    const older = around.getByRole('link', { name: /Vorherige Folge.*SLA ohne Streit/ });
    const newer = around.getByRole('link', { name: /Nächste Folge.*Remote-Arbeit ohne Reibung/ });
    await expect(isShown(older)).resolves.toBe(true);
    await expect(isShown(newer)).resolves.toBe(true);
    await expect(older.getAttribute('href')).resolves.toBe('/folgen/003-sla-ohne-streit/');
    await expect(newer.getAttribute('href')).resolves.toBe('/folgen/005-remote-arbeit-ohne-reibung/');
    await page.context().close();
  });
});

describe('at the ends of the list', () => {
  it('the newest episode links only the one before it, the oldest only the one after it', async () => {
    const page = await open('/folgen/007-projekte-die-niemand-stoppt/', PHONE);
    const around = page.getByRole('navigation', { name: 'Weitere Folgen' });
    await expect(around.getByRole('link').allTextContents()).resolves.toEqual([
      expect.stringMatching(/Vorherige Folge.*Outsourcing sauber beenden/),
    ]);
    await page.goto('/folgen/000-trailer/');
    await expect(around.getByRole('link').allTextContents()).resolves.toEqual([expect.stringMatching(/^Nächste Folge/)]);
    await page.context().close();
  });
});

describe('a keyboard user in front of a long transcript', () => {
  it('"Transkript überspringen" comes before the first time mark and takes the focus past the transcript', async () => {
    const page = await open(LONG_EPISODE_URL, PHONE);
    const skip = page.getByRole('link', { name: 'Transkript überspringen' });
    await skip.focus();
    await expect(isShown(skip)).resolves.toBe(true);
    // The next stop after the skip link is inside the transcript: the link comes first.
    await expect(
      skip.evaluate((link) => {
        const firstMark = document.querySelector('.episode__transcript a.timecode')!;
        return Boolean(link.compareDocumentPosition(firstMark) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Weitere Folgen');
    await eventually(() => isShown(page.getByRole('navigation', { name: 'Weitere Folgen' }))).toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/Vorherige Folge/);
    await page.context().close();
  });
});

describe('the home page on a phone', () => {
  it('shows the newest episode on the first screen, before newsletter, coffee and testimonials', async () => {
    const page = await open('/', PHONE);
    const newest = page.locator('.latest__title a');
    await expect(isShown(newest)).resolves.toBe(true);
    expect((await newest.boundingBox())!.y + (await newest.boundingBox())!.height).toBeLessThanOrEqual(PHONE.height);
    const recent = await pageTop(page.locator('#recent-heading'));
    expect(recent).toBeLessThan(await pageTop(page.locator('#newsletter-call-heading')));
    expect(recent).toBeLessThan(await pageTop(page.locator('#coffee-call')));
    await page.context().close();
  });
});

describe('episode cards', () => {
  it('look like links and open their episode from anywhere on the card', async () => {
    const page = await open('/folgen/', PHONE);
    const card = page.locator('.episode-card', { hasText: 'Projekte, die niemand stoppt' });
    const title = card.getByRole('link', { name: 'Projekte, die niemand stoppt' });
    const look = await title.evaluate((link) => {
      const style = getComputedStyle(link);
      return {
        underlined: style.textDecorationLine.includes('underline'),
        color: style.color,
        body: getComputedStyle(document.body).color,
      };
    });
    expect(look.underlined).toBe(true);
    expect(look.color).not.toBe(look.body);
    // One link per card: the summary is no second tab stop, but clicking it opens the episode.
    await expect(card.getByRole('link').count()).resolves.toBe(1);
    await card.scrollIntoViewIfNeeded();
    const summary = (await card.locator('.episode-card__summary').boundingBox())!;
    await page.mouse.click(summary.x + summary.width / 2, summary.y + summary.height / 2);
    await page.waitForURL('**/folgen/007-projekte-die-niemand-stoppt/');
    await page.context().close();
  });
});

describe.each([
  ['a phone', PHONE],
  ['a phone at 200 % zoom', { width: 195, height: 422 }],
])('on %s', (_screen, viewport) => {
  it('the main navigation shows every item whole', async () => {
    const page = await open('/', viewport);
    const items = page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link');
    await expect(items.allTextContents()).resolves.toEqual(['Folgen', 'Themen', 'Abonnieren', 'To go', 'Kaffee-Termin']);
    const boxes = await items.evaluateAll((links) =>
      links.map((link) => {
        const { left, right } = link.getBoundingClientRect();
        return { text: link.textContent, inside: left >= 0 && right <= innerWidth };
      }),
    );
    expect(boxes.filter((box) => !box.inside)).toEqual([]);
    await page.context().close();
  });
});

describe('the package comparison on /togo/', () => {
  const headers = ['Paket', 'Umfang', 'Preis', 'pro Stunde'];

  it('fits a phone: no column lies out of sight', async () => {
    const page = await open('/togo/', PHONE);
    const table = page.locator('.togo-table table');
    const fit = await table.evaluate((element) => ({
      right: element.getBoundingClientRect().right,
      screen: document.documentElement.clientWidth,
      scrolls: element.parentElement!.scrollWidth > element.parentElement!.clientWidth,
    }));
    expect(fit.scrolls).toBe(false);
    expect(fit.right).toBeLessThanOrEqual(fit.screen);
    for (const header of headers) await expect(isShown(table.getByRole('columnheader', { name: header })), header).resolves.toBe(true);
    await page.context().close();
  });

  // 320 CSS pixels: the width WCAG asks pages to reflow to (1280 px at 400 % zoom).
  it('on a 320 px screen scrolls sideways within its own named region, which the arrow keys move, and the page does not', async () => {
    const page = await open('/togo/', { width: 320, height: 568 });
    const region = page.getByRole('region', { name: 'Die Pakete im Vergleich' });
    await expect(region.evaluate((element) => element.scrollWidth > element.clientWidth)).resolves.toBe(true);
    // The page itself does not scroll sideways, only the table.
    await expect(page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).resolves.toBe(true);
    await region.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await eventually(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await page.context().close();
  });
});
