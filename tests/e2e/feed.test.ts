import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFeed, formatProblem, siteFolderReader } from '../../quality/feed-check';
import { useBrowser } from '../support/browser';

const FEED_URL = 'https://klartext-it.example.de/feed.xml';
const browser = useBrowser();

describe('the podcast feed of the built site', () => {
  it('passes the feed check (npm run check:feed)', () => {
    const { problems, episodes } = checkFeed(readFileSync('dist/feed.xml', 'utf8'), { readSiteFile: siteFolderReader('dist') });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(episodes).toBeGreaterThan(0);
  });

  it.each(['/', '/folgen/001-warum-dieser-podcast/'])('%s shows the feed address as a link that works without JavaScript', async (path) => {
    const { context } = await browser.isolatedContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    const link = page.locator('.feed-url__link');
    await expect(link.textContent()).resolves.toBe(FEED_URL);
    await expect(page.locator('.feed-url button[data-copy-from]').isVisible()).resolves.toBe(false);
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('<rss version="2.0"');
    await context.close();
  });

  it('copies the feed address with one click', async () => {
    const { context } = await browser.isolatedContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto('/abonnieren/');
    await page.locator('.feed-url button[data-copy-from]').click();
    await page.locator('.feed-url .copy-button__status', { hasText: 'Kopiert!' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(FEED_URL);
    await context.close();
  });
});
