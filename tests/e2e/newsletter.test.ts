import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { eventually } from '../support/page-states';
import { buildWithSettings, type BuiltFixture } from '../support/settings-fixture';

/**
 * The signup form reaches the provider (intercepted here) with the provider's
 * field names: Brevo from the page itself, which then says what happened; the
 * others by a plain post, after which the provider sends the visitor back to
 * /denkanstoss/danke/.
 */

const LIST = '6f1c2b1e-3a55-4c1e-9d0e-2f7f8b9a1c01';
const demoSettings = readFileSync('content/settings.yaml', 'utf8');
const BREVO_ACTION = /^\s+action: (https:\/\/\S+sibforms\.com\S+)$/m.exec(demoSettings)![1]!;
const MAILCHIMP_ACTION = 'https://klartext.us21.list-manage.com/subscribe/post?u=a1b2c3d4e5f6a7b8c9d0e1f2a&id=9f8e7d6c5b';
const LISTMONK_ACTION = 'https://listen.klartext-it.example.de/subscription/form';

const browser = useBrowser();
let mailchimp: BuiltFixture;
let listmonk: BuiltFixture;
let withoutNewsletter: BuiltFixture;

beforeAll(async () => {
  [mailchimp, listmonk, withoutNewsletter] = await Promise.all([
    buildWithSettings((settings) => (settings.newsletter = { provider: 'mailchimp', action: MAILCHIMP_ACTION })),
    buildWithSettings((settings) => (settings.newsletter = { provider: 'listmonk', action: LISTMONK_ACTION, lists: [LIST] })),
    buildWithSettings((settings) => delete settings.newsletter),
  ]);
});

afterAll(async () => {
  await Promise.all([mailchimp, listmonk, withoutNewsletter].map((fixture) => fixture?.dispose()));
});

interface Posted {
  url: string;
  body: URLSearchParams;
}

/**
 * Opens /denkanstoss/ with the provider's address answered locally: it records the post and answers as the
 * provider would, Brevo's JSON to a request from the page (`isAjax=1`), everyone else a redirect to the
 * thank-you page. The check whether the provider is reachable (HEAD) gets an empty answer.
 */
async function signupPage(
  siteUrl: string,
  action: string,
  brevoAnswer: object = { success: true },
): Promise<{ page: Page; posted: Posted[]; close(): Promise<void> }> {
  const { context } = await browser.isolatedContext({ siteUrl });
  const posted: Posted[] = [];
  const target = new URL(action);
  await context.route(
    (url) => url.origin === target.origin && url.pathname === target.pathname,
    async (route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.fulfill({ status: 204 });
      posted.push({ url: request.url(), body: new URLSearchParams(request.postData() ?? '') });
      if (new URL(request.url()).searchParams.get('isAjax') === '1')
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          headers: { 'access-control-allow-origin': '*' },
          json: brevoAnswer,
        });
      return route.fulfill({ status: 303, headers: { location: `${siteUrl}/denkanstoss/danke/` } });
    },
  );
  const page = await context.newPage();
  await page.goto('/denkanstoss/');
  return { page, posted, close: () => context.close() };
}

/**
 * Presses "Anmelden" and waits until the browser has decided what to do with the form:
 * `invalid` (its own validation refused it), `cancelled` (a script stopped the post) or `sent`.
 */
async function submitOutcome(page: Page): Promise<string> {
  await page.evaluate(() => {
    const outcome = new Promise<string>((resolve) => {
      // Capture: invalid does not bubble. The submit listener on window runs after the form's own.
      addEventListener('invalid', () => resolve('invalid'), { capture: true, once: true });
      addEventListener('submit', (event) => resolve(event.defaultPrevented ? 'cancelled' : 'sent'), { once: true });
    });
    (window as unknown as { formOutcome: Promise<string> }).formOutcome = outcome;
  });
  await page.getByRole('button', { name: 'Anmelden' }).click();
  return page.evaluate(() => (window as unknown as { formOutcome: Promise<string> }).formOutcome);
}

async function subscribe(page: Page, email: string) {
  await page.getByLabel('Deine E-Mail-Adresse').fill(email);
  await Promise.all([page.waitForURL('**/denkanstoss/danke/'), page.getByRole('button', { name: 'Anmelden' }).click()]);
}

describe('newsletter signup reaches the provider with its field names', () => {
  it('Brevo (the demo): EMAIL, an empty email_address_check, locale and html_type, sent from the page, which says what comes next', async () => {
    const { page, posted, close } = await signupPage(inject('siteUrl'), BREVO_ACTION);
    await page.getByLabel('Deine E-Mail-Adresse').fill('leserin@example.de');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    const message = page.locator('[data-newsletter-message]');
    await eventually(() => message.textContent()).toContain('Fast geschafft!');
    expect(posted).toHaveLength(1);
    expect(posted[0]!.url).toBe(`${BREVO_ACTION}?isAjax=1`);
    expect(Object.fromEntries(posted[0]!.body)).toEqual({
      EMAIL: 'leserin@example.de',
      email_address_check: '',
      locale: 'de',
      html_type: 'simple',
    });
    expect(new URL(page.url()).pathname).toBe('/denkanstoss/');
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-newsletter-message'))).resolves.toBe(true);
    await expect(page.locator('form[data-newsletter-form]').isVisible()).resolves.toBe(false);
    await close();
  });

  it('Brevo refusing the signup: the page says so and keeps the address', async () => {
    const { page, close } = await signupPage(inject('siteUrl'), BREVO_ACTION, { success: false, message: 'invalid' });
    await page.getByLabel('Deine E-Mail-Adresse').fill('leserin@example.de');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await eventually(() => page.locator('[data-newsletter-message]').textContent()).toContain('Brevo hat die Anmeldung nicht angenommen');
    await expect(page.getByLabel('Deine E-Mail-Adresse').inputValue()).resolves.toBe('leserin@example.de');
    await close();
  });

  it('Mailchimp: EMAIL and its b_<u>_<id> trap field, to the list-manage address with u and id', async () => {
    const { page, posted, close } = await signupPage(mailchimp.server.url, MAILCHIMP_ACTION);
    await subscribe(page, 'hoerer@example.de');
    expect(posted[0]!.url).toBe(MAILCHIMP_ACTION);
    expect(Object.fromEntries(posted[0]!.body)).toEqual({ EMAIL: 'hoerer@example.de', b_a1b2c3d4e5f6a7b8c9d0e1f2a_9f8e7d6c5b: '' });
    await close();
  });

  it('listmonk: email, the list UUID as l and an empty nonce', async () => {
    const { page, posted, close } = await signupPage(listmonk.server.url, LISTMONK_ACTION);
    await subscribe(page, 'team@example.de');
    expect(posted[0]!.url).toBe(LISTMONK_ACTION);
    expect([...posted[0]!.body]).toEqual([
      ['email', 'team@example.de'],
      ['nonce', ''],
      ['l', LIST],
    ]);
    await close();
  });
});

describe('the signup form', () => {
  it('explains consent with a privacy link and announces the confirmation e-mail, without any provider script', async () => {
    const { page, close } = await signupPage(inject('siteUrl'), BREVO_ACTION);
    const form = page.locator('form[data-newsletter-form]');
    await expect(form.getAttribute('method')).resolves.toBe('post');
    await expect(form.locator('input[type="email"][required]').count()).resolves.toBe(1);
    await expect(form.locator('a[href="/datenschutz/"]').count()).resolves.toBe(1);
    await expect(form.textContent()).resolves.toContain('Brevo');
    await expect(form.textContent()).resolves.toContain('Bestätigungslink');
    await expect(page.locator('script[src^="http"], iframe').count()).resolves.toBe(0);
    await close();
  });

  it.each([
    ['an empty address', ''],
    ['something that is no e-mail address', 'keine-adresse'],
    ['an address without a top-level domain', 'oliver@firma'],
  ])('does not send %s', async (_name, email) => {
    const { page, posted, close } = await signupPage(inject('siteUrl'), BREVO_ACTION);
    await page.getByLabel('Deine E-Mail-Adresse').fill(email);
    expect(await submitOutcome(page)).toBe('invalid');
    expect(posted).toHaveLength(0);
    await expect(page.locator('input[type="email"]:invalid').count()).resolves.toBe(1);
    expect(new URL(page.url()).pathname).toBe('/denkanstoss/');
    await close();
  });

  it('drops the post when a bot fills the honeypot', async () => {
    const { page, posted, close } = await signupPage(inject('siteUrl'), BREVO_ACTION);
    await page.getByLabel('Deine E-Mail-Adresse').fill('bot@example.de');
    await page.locator('[data-honeypot]').fill('https://spam.example');
    expect(await submitOutcome(page)).toBe('cancelled');
    expect(posted).toHaveLength(0);
    expect(new URL(page.url()).pathname).toBe('/denkanstoss/');
    await close();
  });

  it('appears on the home page and on episode pages', async () => {
    const { page, close } = await signupPage(inject('siteUrl'), BREVO_ACTION);
    for (const path of ['/', '/folgen/004-vertraust-du-deiner-it/']) {
      await page.goto(path);
      await expect(page.locator('form[data-newsletter-form]').count()).resolves.toBe(1);
    }
    await close();
  });
});

describe('without a newsletter provider', () => {
  it('the build warns and no page shows a signup form', () => {
    expect(withoutNewsletter.output).toContain('no newsletter provider configured');
    for (const path of ['index.html', 'denkanstoss/index.html']) {
      expect(readFileSync(join(withoutNewsletter.site.dir, 'dist', path), 'utf8')).not.toMatch(/<form[^>]*data-newsletter-form/);
    }
  });
});
