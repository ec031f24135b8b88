import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { isShown, PHONE } from '../support/visibility';

const browser = useBrowser();

describe('the recommendations page (the feed’s podroll)', () => {
  it('is reached from the footer without JavaScript and shows each recommended podcast with its links, loading nothing from elsewhere', async () => {
    const { context, thirdParty } = await browser.isolatedContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('footer a', { hasText: 'Empfehlungen' }).click();
    await page.waitForURL('**/empfehlungen/');
    await expect(isShown(page.locator('h1', { hasText: 'Empfehlungen' }))).resolves.toBe(true);
    const cards = page.locator('.podroll > li');
    await expect(cards.locator('h2').allTextContents()).resolves.toEqual(['Betriebsklima', 'Schnittstelle']);
    for (const card of await cards.all()) {
      await expect(isShown(card)).resolves.toBe(true);
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      await expect(isShown(card.locator('a', { hasText: 'Im Podcast Index' }))).resolves.toBe(true);
    }
    await expect(cards.first().locator('a', { hasText: 'RSS-Feed' }).getAttribute('href')).resolves.toBe(
      'https://betriebsklima.example.de/feed.xml',
    );
    expect(thirdParty).toEqual([]);
    await context.close();
  });
});
