import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { parse } from 'yaml';
import { useBrowser } from '../support/browser';
import { listFiles } from '../support/content-files';
import { FAKE_CAL_EMBED_JS, type RecordedCalCall } from '../support/fake-cal';
import { eventually } from '../support/page-states';

/**
 * Private by default: no page may contact another origin before the visitor
 * agrees (§ 25 TDDDG). Every request is recorded; third parties get a local 204.
 */

const settings = parse(readFileSync('content/settings.yaml', 'utf8')) as {
  booking: { calLink: string; layout: string; origin: string; namespace: string };
};
const EMBED_JS = `${settings.booking.origin}/embed/embed.js`;
const siteUrl = () => inject('siteUrl');

const browser = useBrowser();

/** A fresh visitor whose browser serves our fake Cal.com embed.js and records every third-party request. */
async function visitor(): Promise<{ context: BrowserContext; page: Page; thirdParty: Request[]; embedRequests: Request[] }> {
  const { context, thirdParty } = await browser.isolatedContext();
  const embedRequests: Request[] = [];
  await context.route(EMBED_JS, async (route) => {
    embedRequests.push(route.request());
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_CAL_EMBED_JS });
  });
  return { context, page: await context.newPage(), thirdParty, embedRequests };
}

const calCalls = (page: Page) => page.evaluate(() => (window as unknown as { __calCalls: RecordedCalCall[] }).__calCalls);

/** Every HTML page of the built site, as the path a visitor opens. */
function builtPages(): string[] {
  return listFiles('dist')
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${relative('dist', file)}`.replace(/index\.html$/, ''))
    .sort();
}

describe('before consent, no page contacts another origin', () => {
  it('holds for every page of the built site: no request, preconnect, prefetch, font or image', async () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toEqual(
      expect.arrayContaining([
        '/',
        '/kaffee/',
        '/togo/',
        '/denkanstoss/',
        '/datenschutz/',
        '/impressum/',
        '/folgen/005-remote-arbeit-ohne-reibung/',
      ]),
    );
    const { context } = await visitor();
    const origin = new URL(siteUrl()).origin;
    const queue = [...pages];
    const offenders: string[] = [];
    // Four tabs at a time; each tab reports the other-origin requests it made itself.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        const page = await context.newPage();
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          const requests: string[] = [];
          const record = (request: Request) => {
            if (new URL(request.url()).origin !== origin) requests.push(request.url());
          };
          page.on('request', record);
          await page.goto(path, { waitUntil: 'networkidle' });
          page.off('request', record);
          const hints = await page.evaluate(() =>
            [
              ...document.querySelectorAll<HTMLLinkElement>(
                'link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="prefetch"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="prerender"]',
              ),
            ]
              .filter((link) => new URL(link.href, location.href).origin !== location.origin)
              .map((link) => `${link.rel} ${link.href}`),
          );
          offenders.push(...[...requests, ...hints].map((what) => `${path}: ${what}`));
        }
      }),
    );
    await context.close();
    expect(offenders).toEqual([]);
  });
});

describe('the coffee call on /kaffee/', () => {
  it('shows a notice naming Cal.com, a privacy link, a load button and a direct link instead of the calendar', async () => {
    const { context, page, embedRequests } = await visitor();
    await page.goto('/kaffee/', { waitUntil: 'networkidle' });
    const placeholder = page.locator('[data-consent-embed][data-provider="calcom"] [data-consent-placeholder]');
    await expect(placeholder.textContent()).resolves.toContain('Cal.com');
    await expect(placeholder.locator('a[href="/datenschutz/"]').count()).resolves.toBe(1);
    await expect(placeholder.getByRole('button', { name: 'Kalender laden' }).count()).resolves.toBe(1);
    await expect(placeholder.locator(`a[href$="/${settings.booking.calLink}"]`).count()).resolves.toBe(1);
    expect(embedRequests).toHaveLength(0);
    await context.close();
  });

  it('loads Cal.com’s embed script after "Kalender laden" and shows the configured calendar inline, never preloading', async () => {
    const { context, page, embedRequests } = await visitor();
    await page.goto('/kaffee/', { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Kalender laden' }).click();
    const iframe = page.locator('[data-consent-target] iframe[data-fake-cal="inline"]');
    await iframe.waitFor();
    expect(embedRequests).toHaveLength(1);
    const src = new URL((await iframe.getAttribute('src'))!);
    expect(src.origin).toBe(settings.booking.origin);
    expect(src.pathname).toBe(`/${settings.booking.calLink}`);
    expect(src.searchParams.get('layout')).toBe(settings.booking.layout);
    const calls = await calCalls(page);
    expect(calls).toContainEqual({ namespace: settings.booking.namespace, method: 'init', options: { origin: settings.booking.origin } });
    expect(calls.map((call) => call.method)).not.toContain('preload');
    expect(calls).toContainEqual({
      namespace: settings.booking.namespace,
      method: 'on',
      options: { action: 'bookingSuccessfulV2', callback: '[function]' },
    });
    await expect(page.locator('[data-consent-placeholder]').isHidden()).resolves.toBe(true);
    await context.close();
  });

  it('thanks the visitor after a successful booking', async () => {
    const { context, page } = await visitor();
    await page.goto('/kaffee/');
    await page.getByRole('button', { name: 'Kalender laden' }).click();
    await page.locator('iframe[data-fake-cal]').waitFor();
    await expect(page.locator('[data-booking-thanks]').isVisible()).resolves.toBe(false);
    await page.evaluate(() =>
      (window as unknown as { __calEmit: (action: string, detail: unknown) => void }).__calEmit('bookingSuccessfulV2', { uid: 'demo' }),
    );
    await eventually(() => page.getByRole('status').filter({ hasText: 'Danke für deine Buchung' }).isVisible()).toBe(true);
    await context.close();
  });

  it('without stored consent, the booking button on the home page leads to /kaffee/ and loads nothing', async () => {
    const { context, page, embedRequests, thirdParty } = await visitor();
    await page.goto('/');
    await page.locator('main a[data-booking-popup]').click();
    await page.waitForURL('**/kaffee/');
    expect(embedRequests).toHaveLength(0);
    expect(thirdParty).toHaveLength(0);
    await context.close();
  });

  it('"Meine Wahl merken" loads the calendar directly next time and opens bookings as a popup, until revoked on /datenschutz/', async () => {
    const { context, page, embedRequests } = await visitor();
    await page.goto('/kaffee/');
    await page.getByLabel('Meine Wahl merken').check();
    await page.getByRole('button', { name: 'Kalender laden' }).click();
    await page.locator('iframe[data-fake-cal="inline"]').waitFor();

    await page.goto('/kaffee/');
    await page.locator('iframe[data-fake-cal="inline"]').waitFor();
    expect(embedRequests).toHaveLength(2);

    await page.goto('/');
    await page.locator('main a[data-booking-popup]').click();
    await page.locator('iframe[data-fake-cal="modal"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect((await calCalls(page)).find((call) => call.method === 'modal')?.options).toMatchObject({ calLink: settings.booking.calLink });

    await page.goto('/datenschutz/');
    const status = page.locator('[data-consent-status="calcom"]');
    await expect(status.textContent()).resolves.toBe('gespeichert');
    await page.getByRole('button', { name: 'Widerrufen (Cal.com)' }).click();
    await eventually(() => status.textContent()).toBe('nicht gespeichert');
    await eventually(() => page.locator('[data-consent-message]').textContent()).toContain('Widerrufen');

    await page.goto('/kaffee/', { waitUntil: 'networkidle' });
    await expect(page.getByRole('button', { name: 'Kalender laden' }).isVisible()).resolves.toBe(true);
    expect(embedRequests).toHaveLength(3);
    await context.close();
  });

  it('"alle widerrufen" on /datenschutz/ forgets every stored choice', async () => {
    const { context, page } = await visitor();
    await page.goto('/');
    await page.evaluate(() => ['calcom', 'vimeo'].forEach((provider) => localStorage.setItem(`consent.${provider}`, 'granted')));
    await page.goto('/datenschutz/');
    await expect(page.locator('[data-consent-status="vimeo"]').textContent()).resolves.toBe('gespeichert');
    await page.getByRole('button', { name: 'Alle gespeicherten Zustimmungen widerrufen' }).click();
    await eventually(() => page.locator('[data-consent-status]').allTextContents()).toEqual(['nicht gespeichert', 'nicht gespeichert']);
    await eventually(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('consent.')))).toEqual([]);
    await context.close();
  });
});

describe('the privacy page', () => {
  it('names every third party the site can load: Cal.com, Vimeo, the newsletter provider and the checkout', async () => {
    const { context, page } = await visitor();
    await page.goto('/datenschutz/');
    await expect(
      page.locator('[data-third-party]').evaluateAll((items) => items.map((item) => item.getAttribute('data-third-party'))),
    ).resolves.toEqual(['calcom', 'vimeo', 'newsletter', 'checkout']);
    await expect(page.locator('[data-third-party="newsletter"]').textContent()).resolves.toContain('Brevo');
    await expect(page.locator('[data-third-party="checkout"]').textContent()).resolves.toContain('Stripe');
    await expect(page.locator('.legal__placeholder').count()).resolves.toBe(1);
    await context.close();
  });
});

describe('the episode video', () => {
  const episode = '/folgen/005-remote-arbeit-ohne-reibung/';

  it('loads from Vimeo, with Do Not Track, only after "Video laden"', async () => {
    const { context, page, thirdParty } = await visitor();
    await page.goto(episode, { waitUntil: 'networkidle' });
    await expect(page.locator('[data-consent-embed][data-provider="vimeo"] [data-consent-placeholder]').textContent()).resolves.toContain(
      'Vimeo',
    );
    expect(thirdParty).toHaveLength(0);
    // The request itself: the route that records it in thirdParty may run after waitForRequest resolves.
    const [request] = await Promise.all([
      page.waitForRequest((request) => request.url().startsWith('https://player.vimeo.com/')),
      page.getByRole('button', { name: 'Video laden' }).click(),
    ]);
    const player = new URL(request.url());
    expect(`${player.origin}${player.pathname}`).toBe('https://player.vimeo.com/video/76979871');
    expect(player.searchParams.get('dnt')).toBe('1');
    await expect(page.locator('[data-consent-target] iframe').getAttribute('title')).resolves.toContain('Remote-Arbeit ohne Reibung');
    await context.close();
  });

  it('remembered consent for Vimeo does not load Cal.com', async () => {
    const { context, page, embedRequests } = await visitor();
    await page.goto(episode);
    await page.getByLabel('Meine Wahl merken').check();
    await page.getByRole('button', { name: 'Video laden' }).click();
    await page.goto('/kaffee/', { waitUntil: 'networkidle' });
    expect(embedRequests).toHaveLength(0);
    await page.goto(episode);
    await page.locator('[data-consent-target] iframe').waitFor();
    await context.close();
  });
});
