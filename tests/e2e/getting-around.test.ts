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
