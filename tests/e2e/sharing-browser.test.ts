import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { eventually } from '../support/page-states';

const userAgents = {
  iPhone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  android: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
};
const episodePath = '/folgen/004-vertraust-du-deiner-it/';
const episodeUrl = `https://klartext-it.example.de${episodePath}`;

const browser = useBrowser();

const appOrder = (page: import('playwright-core').Page) =>
  page
    .locator('.subscribe__more [data-subscribe-option]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-subscribe-option')));
const platformOrder = (page: import('playwright-core').Page) =>
  page
    .locator('.subscribe > section [data-subscribe-option]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-subscribe-option')));

describe('subscribe chooser', () => {
  it('shows iPhone visitors the apps for their phone first', async () => {
    const { context, thirdParty } = await browser.isolatedContext({ userAgent: userAgents.iPhone });
    const page = await context.newPage();
    await page.goto('/abonnieren/');
    // Apps the podcaster lists as platforms appear there once; the one-tap links add the others.
    const platforms = await platformOrder(page);
    expect(platforms[0]).toBe('apple');
    expect(platforms.at(-1)).toBe('antennapod');
    expect(await appOrder(page)).toEqual(['castro-feed', 'podcastaddict-feed']);
    await expect(page.locator('[data-ordered-for="ios"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-subscribe-option="castro-feed"]').getAttribute('href')).resolves.toBe(
      'castro://subscribe/klartext-it.example.de/feed.xml',
    );
    expect(thirdParty).toEqual([]);
    await context.close();
  });

  it('shows Android visitors AntennaPod and Podcast Addict before the apps for iPhones', async () => {
    const { context } = await browser.isolatedContext({ userAgent: userAgents.android });
    const page = await context.newPage();
    await page.goto('/abonnieren/');
    const platforms = await platformOrder(page);
    expect(platforms.indexOf('antennapod')).toBeLessThan(platforms.indexOf('apple'));
    expect(platforms.slice(-2).sort()).toEqual(['apple', 'overcast']);
    expect(await appOrder(page)).toEqual(['podcastaddict-feed', 'castro-feed']);
    await context.close();
  });

  it('works without JavaScript: every option and the feed address are there', async () => {
    const { context } = await browser.isolatedContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/abonnieren/');
    await expect(platformOrder(page)).resolves.toHaveLength(7);
    await expect(appOrder(page)).resolves.toHaveLength(2);
    await expect(page.locator('[data-subscribe-option="spotify"]').count()).resolves.toBe(1);
    await expect(page.locator('#feed-url').textContent()).resolves.toBe('https://klartext-it.example.de/feed.xml');
    await context.close();
  });

  it('the episode page has the compact chooser with a way to all options', async () => {
    const { context } = await browser.isolatedContext();
    const page = await context.newPage();
    await page.goto(episodePath);
    await expect(page.locator('.subscribe--compact [data-subscribe-option="apple"]').count()).resolves.toBe(1);
    await expect(page.locator('.subscribe--compact a[href="/abonnieren/"]').count()).resolves.toBe(1);
    await context.close();
  });

  it('copies the feed address to the clipboard', async () => {
    const { context } = await browser.isolatedContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto('/abonnieren/');
    await page.getByRole('button', { name: 'Feed-Adresse kopieren' }).click();
    await page.locator('.copy-button__status', { hasText: 'Kopiert!' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('https://klartext-it.example.de/feed.xml');
    await context.close();
  });
});

describe('sharing an episode', () => {
  it('loads nothing from any network before a click', async () => {
    const { context, thirdParty } = await browser.isolatedContext();
    const page = await context.newPage();
    await page.goto(episodePath);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[data-share-target]').count()).resolves.toBe(6);
    expect(thirdParty.map((request) => request.url())).toEqual([]);
    await context.close();
  });

  it('asks for the Mastodon server and opens the share page there with the episode link', async () => {
    const { context, thirdParty } = await browser.isolatedContext();
    const page = await context.newPage();
    await page.goto(episodePath);
    await page.locator('.share__mastodon summary').click();
    await page.getByLabel('Dein Mastodon-Server').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Auf Mastodon teilen' }).click();
    await eventually(() => page.locator('[data-mastodon-error]').isVisible()).toBe(true);
    await page.getByLabel('Dein Mastodon-Server').fill('@oliver@chaos.social');
    await page.getByRole('button', { name: 'Auf Mastodon teilen' }).click();
    await eventually(() => thirdParty.some((request) => new URL(request.url()).host === 'chaos.social')).toBe(true);
    const opened = thirdParty.map((request) => new URL(request.url())).find((url) => url.host === 'chaos.social');
    expect(opened?.pathname).toBe('/share');
    expect(opened?.searchParams.get('text')).toContain(episodeUrl);
    await context.close();
  });

  it('without JavaScript offers the Mastodon text and the link to copy by hand', async () => {
    const { context } = await browser.isolatedContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(episodePath);
    await expect(page.locator('[data-mastodon-form]').isHidden()).resolves.toBe(true);
    await expect(page.locator('#mastodon-text').inputValue()).resolves.toContain(episodeUrl);
    await expect(page.locator('#share-url').inputValue()).resolves.toBe(episodeUrl);
    await expect(page.locator('button[data-copy-from]').first().isHidden()).resolves.toBe(true);
    await context.close();
  });

  it('copies the episode link', async () => {
    const { context } = await browser.isolatedContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(episodePath);
    await page.getByRole('button', { name: 'Link kopieren' }).click();
    await eventually(() => page.evaluate(() => navigator.clipboard.readText())).toBe(episodeUrl);
    await context.close();
  });
});

describe('testimonials and recommending', () => {
  it('the home page shows what listeners say', async () => {
    const { context } = await browser.isolatedContext();
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('#testimonials-heading').textContent()).resolves.toBe('Das sagen einige Hörer');
    await expect(page.locator('.testimonials__item').count()).resolves.toBe(4);
    await context.close();
  });

  it('an episode page leads with the quote about that episode', async () => {
    const { context } = await browser.isolatedContext();
    const page = await context.newPage();
    await page.goto(episodePath);
    await expect(page.locator('.testimonials__item figcaption strong').first().textContent()).resolves.toBe('Mehmet');
    await context.close();
  });

  it('the recommend page sends an edited message by e-mail and WhatsApp', async () => {
    const { context } = await browser.isolatedContext();
    const page = await context.newPage();
    await page.goto('/weiterempfehlen/');
    await expect(page.locator('[data-recommendation]').count()).resolves.toBe(3);
    await page.locator('#recommend-short-text').fill('Hör mal: Klartext IT & mehr 🎧 https://klartext-it.example.de/');
    const href = (link: string) =>
      page
        .locator(`[aria-labelledby="recommend-short"] [data-recommend-link="${link}"]`)
        .getAttribute('href')
        .then((value) => value!);
    await eventually(async () => new URLSearchParams((await href('email')).split('?')[1]).get('body')).toBe(
      'Hör mal: Klartext IT & mehr 🎧 https://klartext-it.example.de/',
    );
    await eventually(async () => new URL(await href('whatsapp')).searchParams.get('text')).toBe(
      'Hör mal: Klartext IT & mehr 🎧 https://klartext-it.example.de/',
    );
    await context.close();
  });
});
