import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { axeViolations } from '../support/axe';
import { FAKE_CAL_EMBED_JS, type RecordedCalCall } from '../support/fake-cal';
import { FAKE_VIMEO_PLAYER } from '../support/fake-players';
import { eventually } from '../support/page-states';
import { isShown, PHONE } from '../support/visibility';

/**
 * Every step that needs another company can fail: blocked, offline, the
 * provider down. The visitor then reads what happened, gets the provider's own
 * page and a retry, and the focus is on the message, within ten seconds.
 */

const EMBED_JS = 'https://app.cal.com/embed/embed.js';
const VIMEO = 'https://player.vimeo.com/**';
const BREVO = 'https://f4c2a9e1.sibforms.com/**';
const VIDEO_EPISODE = '/folgen/005-remote-arbeit-ohne-reibung/';
const MESSAGE_WITHIN_MS = 10_000;

const browser = useBrowser();

async function visitor(): Promise<{ context: BrowserContext; page: Page }> {
  const { context } = await browser.isolatedContext({ viewport: PHONE });
  return { context, page: await context.newPage() };
}

const unreachable = (context: BrowserContext, url: string) => context.route(url, (route) => route.abort('connectionrefused'));

/** Waits for the failure message of `scope` and returns how long it took and what has the focus. */
async function failureShown(page: Page, scope: string) {
  const started = Date.now();
  await page.waitForFunction(
    (selector) => {
      const failure = document.querySelector(`${selector} [data-failure], ${selector} [data-newsletter-outcome]`);
      return failure instanceof HTMLElement && failure.checkVisibility() && failure.contains(document.activeElement);
    },
    scope,
    { timeout: MESSAGE_WITHIN_MS },
  );
  return Date.now() - started;
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('the calendar on /kaffee/ when Cal.com cannot be reached', () => {
  it('says so, offers Cal.com’s own page and a retry, with the focus on the message; the retry brings the calendar', async () => {
    const { context, page } = await visitor();
    await unreachable(context, EMBED_JS);
    await page.goto('/kaffee/');
    await page.getByRole('button', { name: 'Kalender laden' }).click();
    expect(await failureShown(page, '[data-consent-embed]')).toBeLessThan(MESSAGE_WITHIN_MS);
    expect(await focusedText(page)).toContain('Der Kalender von Cal.com lässt sich gerade nicht laden.');
    const failure = page.locator('[data-consent-embed] [data-failure]');
    await expect(failure.getByRole('link', { name: 'Kalender direkt bei Cal.com öffnen' }).getAttribute('href')).resolves.toBe(
      'https://cal.com/oliver-hartmann/kaffee',
    );
    expect(await axeViolations(page)).toEqual([]);

    await context.unroute(EMBED_JS);
    await context.route(EMBED_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_CAL_EMBED_JS }));
    await failure.getByRole('button', { name: 'Nochmal versuchen' }).click();
    await eventually(() => isShown(page.locator('[data-consent-target] iframe[data-fake-cal="inline"]'))).toBe(true);
    await expect(isShown(failure)).resolves.toBe(false);
    await context.close();
  });
});

describe('the episode video when Vimeo cannot be reached', () => {
  it('says so and offers the video on Vimeo, with the focus on the message', async () => {
    const { context, page } = await visitor();
    await unreachable(context, VIMEO);
    await page.goto(VIDEO_EPISODE);
    await page.getByRole('button', { name: 'Video laden' }).click();
    expect(await failureShown(page, '[data-consent-embed]')).toBeLessThan(MESSAGE_WITHIN_MS);
    expect(await focusedText(page)).toContain('Das Video lässt sich gerade nicht von Vimeo laden.');
    await expect(page.getByRole('link', { name: 'Video direkt bei Vimeo ansehen' }).last().getAttribute('href')).resolves.toBe(
      'https://vimeo.com/76979871',
    );
    await expect(isShown(page.locator('[data-consent-target]'))).resolves.toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the player and no message when Vimeo answers', async () => {
    const { context, page } = await visitor();
    await context.route(VIMEO, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: FAKE_VIMEO_PLAYER }));
    await page.goto(VIDEO_EPISODE);
    await page.getByRole('button', { name: 'Video laden' }).click();
    await eventually(() => isShown(page.locator('[data-consent-loading]'))).toBe(false);
    await expect(isShown(page.locator('[data-consent-target] iframe'))).resolves.toBe(true);
    await expect(isShown(page.locator('[data-consent-embed] [data-failure]'))).resolves.toBe(false);
    await context.close();
  });
});

describe('the booking button on the home page, with consent remembered, when Cal.com cannot be reached', () => {
  it('stays on the page and says so, with Cal.com’s own page, a retry and the focus on the message', async () => {
    const { context, page } = await visitor();
    await unreachable(context, EMBED_JS);
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('consent.calcom', 'granted'));
    await page.goto('/');
    await page.getByRole('link', { name: 'Kaffee-Termin buchen' }).click();
    expect(await failureShown(page, '[data-booking]')).toBeLessThan(MESSAGE_WITHIN_MS);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await focusedText(page)).toContain('Der Kalender von Cal.com lässt sich gerade nicht öffnen.');
    await expect(
      page.locator('[data-booking] [data-failure]').getByRole('link', { name: 'Termin direkt bei Cal.com buchen' }).getAttribute('href'),
    ).resolves.toBe('https://cal.com/oliver-hartmann/kaffee');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('a package request', () => {
  it('without consent leads to the package’s own calendar, whose notice names the package', async () => {
    const { context, page } = await visitor();
    await page.goto('/togo/standard/');
    await page.getByRole('link', { name: 'Paket anfragen' }).click();
    await page.waitForURL('**/togo/standard/#anfragen');
    const request = page.locator('#anfragen');
    await expect(request.textContent()).resolves.toContain('„Klartext im Team“');
    const direct = new URL((await request.getByRole('link', { name: 'Kalender direkt bei Cal.com öffnen' }).getAttribute('href'))!);
    expect(`${direct.origin}${direct.pathname}`).toBe('https://cal.com/oliver-hartmann/togo-team');
    expect(direct.searchParams.get('notes')).toBe('Anfrage zum Paket „Klartext im Team“');
    await context.close();
  });

  it('with consent opens the package’s own event with a note naming the package', async () => {
    const { context, page } = await visitor();
    await context.route(EMBED_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_CAL_EMBED_JS }));
    await page.goto('/togo/');
    await page.evaluate(() => localStorage.setItem('consent.calcom', 'granted'));
    await page.goto('/togo/');
    await page.locator('[data-package="standard"]').getByRole('link', { name: 'Paket anfragen' }).click();
    await page.locator('iframe[data-fake-cal="modal"]').waitFor();
    const calls = await page.evaluate(() => (window as unknown as { __calCalls: RecordedCalCall[] }).__calCalls);
    expect(calls.find((call) => call.method === 'modal')?.options).toMatchObject({
      calLink: 'oliver-hartmann/togo-team',
      config: { notes: 'Anfrage zum Paket „Klartext im Team“' },
    });
    await context.close();
  });
});

describe('the newsletter signup', () => {
  async function signUp(page: Page, address: string) {
    await page.getByLabel('Deine E-Mail-Adresse').fill(address);
    await page.getByRole('button', { name: 'Anmelden' }).click();
  }

  it('when the provider cannot be reached, stays on the page and says so with another way, focus on the message', async () => {
    const { context, page } = await visitor();
    await unreachable(context, BREVO);
    await page.goto('/denkanstoss/');
    await signUp(page, 'leserin@example.de');
    expect(await failureShown(page, '.newsletter')).toBeLessThan(MESSAGE_WITHIN_MS);
    expect(new URL(page.url()).pathname).toBe('/denkanstoss/');
    expect(await focusedText(page)).toContain('Brevo ist nicht erreichbar');
    await expect(page.getByRole('link', { name: /Oder schreib mir eine E-Mail/ }).getAttribute('href')).resolves.toBe(
      'mailto:podcast@klartext-it.example.de',
    );
    await expect(page.getByLabel('Deine E-Mail-Adresse').inputValue()).resolves.toBe('leserin@example.de');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('offline, sends nothing and says why', async () => {
    const { context, page } = await visitor();
    const sent: string[] = [];
    await context.route(BREVO, (route) => (sent.push(route.request().url()), route.abort()));
    await page.goto('/denkanstoss/');
    await context.setOffline(true);
    await signUp(page, 'leserin@example.de');
    expect(await failureShown(page, '.newsletter')).toBeLessThan(MESSAGE_WITHIN_MS);
    expect(await focusedText(page)).toContain('Du bist gerade offline');
    expect(sent).toEqual([]);
    await context.close();
  });

  it('refuses an address without a top-level domain before sending, next to the field', async () => {
    const { context, page } = await visitor();
    const sent: string[] = [];
    await context.route(BREVO, (route) => (sent.push(route.request().url()), route.abort()));
    await page.goto('/denkanstoss/');
    await signUp(page, 'oliver@firma');
    const hint = page.getByText('Bitte gib eine vollständige E-Mail-Adresse ein');
    await eventually(() => isShown(hint)).toBe(true);
    await expect(page.getByLabel('Deine E-Mail-Adresse').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('email');
    expect(sent).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await signUp(page, 'oliver@firma.de');
    await eventually(() => isShown(hint)).toBe(false);
    await context.close();
  });
});
