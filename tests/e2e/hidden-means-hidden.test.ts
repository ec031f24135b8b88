import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { FAKE_CAL_EMBED_JS } from '../support/fake-cal';
import { eventually } from '../support/page-states';
import { deadControls, DESKTOP, isShown, pageTop, PHONE, shownDespiteHidden } from '../support/visibility';
import { listPages, onePagePerType } from '../../build/site-pages';
import { LONG_EPISODE_URL } from '../../quality/budgets';

/**
 * What is hidden stays hidden, and what a visitor sees works: with scripts off
 * no button, field or box is left that does nothing, and with scripts on no
 * control shows before its feature is there.
 */

const pages = listPages('dist');
const pageTypes = onePagePerType(pages, [LONG_EPISODE_URL, '/folgen/005-remote-arbeit-ohne-reibung/']);
const browser = useBrowser();

describe('without JavaScript', () => {
  it.each([
    ['a phone', PHONE],
    ['a desktop', DESKTOP],
  ])('no page shows %s a control that does nothing', async (_name, viewport) => {
    const { context } = await browser.isolatedContext({ javaScriptEnabled: false, viewport });
    const page = await context.newPage();
    const dead: string[] = [];
    for (const { url } of viewport === PHONE ? pages : pageTypes) {
      await page.goto(url);
      dead.push(...(await deadControls(page)).map((control) => `${url}: ${control}`));
      dead.push(...(await shownDespiteHidden(page)).map((element) => `${url}: hidden but shown: ${element}`));
    }
    await context.close();
    expect(dead).toEqual([]);
  });

  it('the consent placeholders offer the provider’s own page instead of a load button', async () => {
    const { context } = await browser.isolatedContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    for (const url of ['/kaffee/', '/folgen/005-remote-arbeit-ohne-reibung/']) {
      await page.goto(url);
      const placeholder = page.locator('[data-consent-placeholder]');
      await expect(isShown(placeholder.getByRole('link', { name: /direkt bei (Cal\.com|Vimeo)/ }))).resolves.toBe(true);
      await expect(isShown(placeholder.locator('button'))).resolves.toBe(false);
      await expect(isShown(placeholder.locator('input[type="checkbox"]'))).resolves.toBe(false);
    }
    await context.close();
  });
});

describe('with JavaScript', () => {
  it.each([
    ['a phone', PHONE],
    ['a desktop', DESKTOP],
  ])('no element marked hidden shows on %s', async (_name, viewport) => {
    const { context } = await browser.isolatedContext({ viewport });
    const page = await context.newPage();
    const shown: string[] = [];
    for (const { url } of pageTypes) {
      await page.goto(url, { waitUntil: 'networkidle' });
      shown.push(...(await shownDespiteHidden(page)).map((element) => `${url}: ${element}`));
    }
    await context.close();
    expect(shown).toEqual([]);
  });

  it('a desktop browser without a share sheet shows no "Teilen …" button, only the share links', async () => {
    const { context } = await browser.isolatedContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(LONG_EPISODE_URL, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await expect(isShown(page.locator('button', { hasText: 'Teilen …' }))).resolves.toBe(false);
    await expect(isShown(page.locator('[data-share-target="email"]'))).resolves.toBe(true);
    await expect(isShown(page.getByRole('button', { name: 'Link kopieren' }))).resolves.toBe(true);
    await context.close();
  });

  it('a browser with a share sheet shows "Teilen …" and it hands over the episode', async () => {
    const { context } = await browser.isolatedContext({ viewport: PHONE });
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
    });
    const page = await context.newPage();
    await page.goto(LONG_EPISODE_URL);
    const button = page.getByRole('button', { name: 'Teilen …' });
    await eventually(() => isShown(button)).toBe(true);
    await button.click();
    await eventually(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared[0]?.url)).toBe(
      'https://klartext-it.example.de/folgen/004-vertraust-du-deiner-it/',
    );
    await context.close();
  });

  it.each([
    ['the video', '/folgen/005-remote-arbeit-ohne-reibung/', 'Video laden'],
    ['the calendar', '/kaffee/', 'Kalender laden'],
  ])('after loading %s, its consent box is gone and the embed takes its place', async (_what, url, load) => {
    const { context } = await browser.isolatedContext({ viewport: PHONE });
    await context.route('https://app.cal.com/embed/embed.js', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_CAL_EMBED_JS }),
    );
    const page = await context.newPage();
    await page.goto(url);
    const placeholder = page.locator('[data-consent-placeholder]');
    const before = await pageTop(placeholder);
    await page.getByRole('button', { name: load }).click();
    const frame = page.locator('[data-consent-target] iframe');
    await eventually(() => isShown(frame)).toBe(true);
    await expect(isShown(placeholder)).resolves.toBe(false);
    expect(Math.abs((await pageTop(frame)) - before)).toBeLessThan(40);
    await context.close();
  });
});
