import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser';

const browser = useBrowser();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context } = await browser.isolatedContext());
  page = await context.newPage();
});

describe('browsing the demo podcast', () => {
  it('the home page shows the podcast, the latest episode with a player, and recent episodes', async () => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Klartext IT');
    await expect(page.locator('.latest audio').count()).resolves.toBe(1);
    await expect(page.locator('#recent-heading + .episode-list > li').count()).resolves.toBeGreaterThan(2);
    await expect(page.locator('a[href="/kaffee/"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('a[href="/denkanstoss/"]').count()).resolves.toBeGreaterThan(0);
  });

  it('the archive lists episodes newest first', async () => {
    await page.goto('/folgen/');
    const dates = await page
      .locator('.episode-list time[datetime^="2"]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(5);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('a topic page lists only episodes of that topic', async () => {
    await page.goto('/themen/');
    const firstTopic = page.locator('.topics a').first();
    const topicName = (await firstTopic.textContent())!.trim();
    await firstTopic.click();
    await page.waitForURL(/\/themen\/[a-z0-9-]+\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain(topicName);
    const episodeLinks = await page
      .locator('.episode-card__title a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(episodeLinks.length).toBeGreaterThan(0);
    for (const href of episodeLinks) {
      await page.goto(href);
      await expect(page.locator('.episode__header .tag-list a').allTextContents()).resolves.toContain(topicName);
    }
  });

  it('an episode page has title, player, platform links, further links and the transcript with a table of contents', async () => {
    await page.goto('/folgen/');
    await page.locator('.episode-card__title a').first().click();
    await page.waitForURL(/\/folgen\/[a-z0-9-]+\/$/);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await expect(page.locator('audio[controls][preload="none"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.subscribe a[data-subscribe-option="spotify"]').count()).resolves.toBe(1);
    await expect(page.locator('#transcript-heading').textContent()).resolves.toBe('Diese Folge zum Nachlesen');
  });

  it('following a table-of-contents link lands on its heading', async () => {
    await page.goto('/folgen/');
    const episodeUrls = await page
      .locator('.episode-card__title a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    let followed = false;
    for (const url of episodeUrls) {
      await page.goto(url);
      const tocLinks = page.locator('.toc a');
      if ((await tocLinks.count()) < 2) continue;
      const link = tocLinks.nth(1);
      const target = (await link.getAttribute('href'))!;
      await link.click();
      await page.waitForURL(`**${target}`);
      const heading = page.locator(target);
      await expect(heading.evaluate((node) => node.tagName)).resolves.toMatch(/^H[2-4]$/);
      // Smooth scrolling takes a moment; wait until the heading has arrived near the top.
      await page.waitForFunction((selector) => {
        const top = document.querySelector(selector)!.getBoundingClientRect().top;
        const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
        return (top >= -1 && top < 200) || (atBottom && top >= 0 && top < window.innerHeight);
      }, target);
      await expect(heading.isVisible()).resolves.toBe(true);
      followed = true;
      break;
    }
    expect(followed).toBe(true);
  });

  it('every section heading in a transcript has an id and a self-link', async () => {
    await page.goto('/folgen/');
    await page.locator('.episode-card__title a').first().click();
    await page.waitForURL(/\/folgen\/[a-z0-9-]+\/$/);
    const headings = await page
      .locator('.prose :is(h2, h3, h4)[id]:not(#transcript-heading)')
      .evaluateAll((nodes) => nodes.map((node) => ({ id: node.id, anchor: node.querySelector('a.heading-anchor')?.getAttribute('href') })));
    for (const { id, anchor } of headings) expect(anchor).toBe(`#${id}`);
  });

  it('a wrong URL gets the 404 page', async () => {
    const response = await page.goto('/folgen/gibt-es-nicht/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Seite nicht gefunden');
    await expect(page.locator('main a[href="/folgen/"]').count()).resolves.toBe(1);
  });
});
