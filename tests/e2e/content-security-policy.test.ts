import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listPages, onePagePerType } from '../../build/site-pages';
import { useBrowser } from '../support/browser';
import { FAKE_CAL_EMBED_JS } from '../support/fake-cal';
import { FAKE_VIMEO_PLAYER } from '../support/fake-players';
import { eventually, PAGE_STATES, STATE_TIMEOUT } from '../support/page-states';

/**
 * The built demo served with its own dist/_headers, as a host would: every page
 * type opened, searched, played and its consent embeds loaded (Cal.com and
 * Vimeo answered by stand-ins), and not one thing refused by the
 * Content-Security-Policy, while what the policy exists for is refused.
 */

const browser = useBrowser();
const BREVO_ACTION = /^\s+action: (https:\/\/\S+sibforms\.com\S+)$/m.exec(readFileSync('content/settings.yaml', 'utf8'))![1]!;
const PAGES = onePagePerType(listPages('dist'), ['/folgen/005-remote-arbeit-ohne-reibung/']);

interface Refusal {
  directive: string;
  blocked: string;
  page: string;
}

/**
 * A visitor whose browser reports every refusal: the `securitypolicyviolation`
 * events of each document, reported through a binding (the page's own scripts
 * are what the policy governs, the binding is not), and the console's CSP errors.
 */
async function watchedVisitor(): Promise<{ context: BrowserContext; page: Page; refusals: Refusal[]; consoleErrors: string[] }> {
  const { context } = await browser.isolatedContext();
  const refusals: Refusal[] = [];
  const consoleErrors: string[] = [];
  await context.exposeBinding('reportRefusal', ({ page }, refusal: Omit<Refusal, 'page'>) =>
    refusals.push({ ...refusal, page: page.url() }),
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportRefusal(refusal: object): void }).reportRefusal({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
      }),
    );
  });
  await context.route('https://app.cal.com/embed/embed.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_CAL_EMBED_JS }),
  );
  await context.route('https://player.vimeo.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: FAKE_VIMEO_PLAYER }),
  );
  await context.route(
    (url) => url.href.startsWith(new URL(BREVO_ACTION).origin),
    (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 200,
            contentType: 'application/json',
            headers: { 'access-control-allow-origin': '*' },
            json: { success: true },
          })
        : route.fulfill({ status: 204 }),
  );
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  return { context, page, refusals, consoleErrors };
}

async function play(page: Page): Promise<void> {
  await page
    .locator('audio')
    .first()
    .evaluate((audio: HTMLAudioElement) => audio.play());
  await page.waitForFunction(() => (document.querySelector('audio')?.currentTime ?? 0) > 0.3, undefined, { timeout: STATE_TIMEOUT });
}

describe('the Content-Security-Policy refuses nothing the site does', () => {
  it.each(PAGES.map((page) => [page.type, page.url]))('the %s page (%s), loaded and used', async (_type, url) => {
    const { context, page, refusals, consoleErrors } = await watchedVisitor();
    const response = await page.goto(url);
    expect(response!.headers()['content-security-policy'], 'the page is served with its policy').toMatch(/^default-src '(self|none)'/);
    await page.waitForLoadState('load');
    const reached = [];
    for (const state of PAGE_STATES) if (await state.reach(page)) reached.push(state.name);
    if (await page.locator('audio').count()) {
      await play(page);
      reached.push('playing');
    }
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect({ reached, refusals, consoleErrors }).toEqual({ reached, refusals: [], consoleErrors: [] });
    await context.close();
  });

  it('search finds passages with Pagefind’s WebAssembly', async () => {
    const { context, page, refusals } = await watchedVisitor();
    await page.goto('/suche/?q=Vertrauen');
    await eventually(() => page.locator('main a[href*="/folgen/"]').count()).toBeGreaterThan(0);
    expect(refusals).toEqual([]);
    await context.close();
  });

  it('the calendar on /kaffee/ and the video of an episode load after consent', async () => {
    const { context, page, refusals } = await watchedVisitor();
    await page.goto('/kaffee/');
    await page.getByRole('button', { name: 'Kalender laden' }).click();
    await page.locator('[data-consent-target] iframe[data-fake-cal="inline"]').waitFor({ timeout: STATE_TIMEOUT });
    await page.goto('/folgen/005-remote-arbeit-ohne-reibung/');
    await page.getByRole('button', { name: 'Video laden' }).click();
    await page.locator('[data-consent-target] iframe[src^="https://player.vimeo.com/"]').waitFor({ timeout: STATE_TIMEOUT });
    expect(refusals).toEqual([]);
    await context.close();
  });

  it('with consent remembered, "Kaffee-Termin buchen" opens Cal.com as a popup on the home page', async () => {
    const { context, page, refusals } = await watchedVisitor();
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('consent.calcom', 'granted'));
    await page.reload();
    await page.locator('a[data-booking-popup]').first().click();
    await page.locator('iframe[data-fake-cal="modal"]').waitFor({ timeout: STATE_TIMEOUT });
    expect(new URL(page.url()).pathname).toBe('/');
    expect(refusals).toEqual([]);
    await context.close();
  });

  it('the client router carries a playing episode to the archive and another episode without a refusal', async () => {
    const { context, page, refusals, consoleErrors } = await watchedVisitor();
    await page.goto('/folgen/004-vertraust-du-deiner-it/');
    await play(page);
    await page.locator('.site-header').getByRole('link', { name: 'Folgen' }).click();
    await page.waitForURL('**/folgen/');
    await page.locator('.episode-card a', { hasText: 'Projekte, die niemand stoppt' }).click();
    await page.waitForURL('**/folgen/007-projekte-die-niemand-stoppt/');
    await expect(
      page.locator('audio[data-episode="004-vertraust-du-deiner-it"]').evaluate((audio: HTMLAudioElement) => audio.paused),
    ).resolves.toBe(false);
    expect({ refusals, consoleErrors }).toEqual({ refusals: [], consoleErrors: [] });
    await context.close();
  });

  it('a calendar loaded on a page the router brought loads on a page of its own policy, without a refusal', async () => {
    const { context, page, refusals, consoleErrors } = await watchedVisitor();
    await page.goto('/folgen/004-vertraust-du-deiner-it/');
    await play(page);
    await page.locator('.site-header').getByRole('link', { name: 'Kaffee-Termin' }).click();
    await page.waitForURL('**/kaffee/');
    await page.getByRole('button', { name: 'Kalender laden' }).click();
    await page.locator('[data-consent-target] iframe[data-fake-cal="inline"]').waitFor({ timeout: STATE_TIMEOUT });
    await expect(page.locator('[data-consent-placeholder]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-failure]').isVisible()).resolves.toBe(false);
    expect({ refusals, consoleErrors }).toEqual({ refusals: [], consoleErrors: [] });
    await context.close();
  });

  it('with consent remembered, booking from a page the router brought opens the calendar without a refusal', async () => {
    const { context, page, refusals, consoleErrors } = await watchedVisitor();
    await page.goto('/folgen/004-vertraust-du-deiner-it/');
    await page.evaluate(() => localStorage.setItem('consent.calcom', 'granted'));
    await play(page);
    await page.locator('.site-header').getByRole('link', { name: 'Kaffee-Termin' }).click();
    await page.waitForURL('**/kaffee/');
    // Remembered consent waits for a click here: loading the calendar means loading this page afresh.
    await page.getByRole('button', { name: 'Kalender laden' }).waitFor({ timeout: STATE_TIMEOUT });
    await page.locator('.site-header__brand').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.locator('a[data-booking-popup]').first().click();
    await page.locator('iframe[data-fake-cal]').first().waitFor({ timeout: STATE_TIMEOUT });
    expect({ refusals, consoleErrors }).toEqual({ refusals: [], consoleErrors: [] });
    await context.close();
  });

  it('the newsletter signup reaches Brevo from the page', async () => {
    const { context, page, refusals } = await watchedVisitor();
    await page.goto('/denkanstoss/');
    await page.getByLabel('Deine E-Mail-Adresse').fill('leserin@example.de');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await eventually(() => page.locator('[data-newsletter-message]').textContent()).toContain('Fast geschafft!');
    expect(refusals).toEqual([]);
    await context.close();
  });
});

describe('the Content-Security-Policy refuses what it is there for', () => {
  it('a script slipped into a page does not run, and the refusal is reported', async () => {
    const { context, page, refusals } = await watchedVisitor();
    await page.goto('/folgen/004-vertraust-du-deiner-it/');
    await page.evaluate(() => {
      const injected = document.createElement('script');
      injected.textContent = 'window.injected = true';
      document.head.append(injected);
      const foreign = document.createElement('script');
      foreign.src = 'https://evil.example/steal.js';
      document.head.append(foreign);
      const frame = document.createElement('iframe');
      frame.src = 'https://evil.example/frame';
      document.body.append(frame);
    });
    await eventually(() => refusals.map((refusal) => refusal.directive).sort()).toEqual([
      'frame-src',
      'script-src-elem',
      'script-src-elem',
    ]);
    await expect(page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).resolves.toBeUndefined();
    await context.close();
  });

  it('no other site may show a page in a frame', async () => {
    const { context, page, consoleErrors } = await watchedVisitor();
    await page.goto('/impressum/');
    await page.evaluate((url) => {
      const frame = document.createElement('iframe');
      frame.src = url;
      document.body.append(frame);
    }, new URL('/kaffee/', page.url()).href);
    // The page frames its own site here; frame-ancestors 'none' refuses even that.
    await eventually(() => consoleErrors.join('\n')).toContain("frame-ancestors 'none'");
    await context.close();
  });
});
