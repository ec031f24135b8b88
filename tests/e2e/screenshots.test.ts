import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { afterTwoFrames, eventually, scrollSettled } from '../support/page-states';
import { DESKTOP, isShown, PHONE } from '../support/visibility';
import { LONG_EPISODE_URL } from '../../quality/budgets';

/**
 * Pictures for a reviewer: the pages a listener sees most, at phone and
 * desktop width, written to test-results/screenshots/ (ignored by git). Each
 * waits for the state it shows, so the picture is of that state.
 */

const FOLDER = join('test-results', 'screenshots');
const CAL_EMBED = 'https://app.cal.com/embed/embed.js';
const browser = useBrowser();

/** Web fonts a scrolled-to paragraph asks for load late; the picture waits for them and for the frame that shows them. */
async function painted(page: Page) {
  await page.evaluate(() => Promise.all([...document.fonts].map((font) => font.load().catch(() => undefined))));
  await page.evaluate(() => document.fonts.ready.then(() => true));
  await afterTwoFrames(page);
}

const SHOTS: { name: string; path: string; reach?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '/' },
  {
    name: 'episode-top',
    path: LONG_EPISODE_URL,
    reach: (page) => page.waitForSelector('[data-player]:not([hidden])').then(() => undefined),
  },
  {
    name: 'episode-docked-player',
    path: LONG_EPISODE_URL,
    reach: async (page) => {
      await page.waitForSelector('[data-player]:not([hidden])');
      await page.locator('h3', { hasText: 'Wenn etwas schiefgeht' }).evaluate((heading) => heading.scrollIntoView());
      await eventually(() => isShown(page.locator('.audio-player.is-docked'))).toBe(true);
      await scrollSettled(page);
    },
  },
  {
    name: 'kaffee-error',
    path: '/kaffee/',
    reach: async (page) => {
      await page.context().route(CAL_EMBED, (route) => route.abort('connectionrefused'));
      await page.getByRole('button', { name: 'Kalender laden' }).click();
      await eventually(() => isShown(page.locator('[data-consent-embed] [data-failure]'))).toBe(true);
    },
  },
  { name: 'togo', path: '/togo/' },
  {
    name: 'suche',
    path: '/suche/?q=Vertrauen',
    reach: (page) => page.waitForSelector('[data-search-results] > li').then(() => undefined),
  },
];

describe.each([
  ['390', PHONE],
  ['1280', DESKTOP],
])('screenshots at %s px', (width, viewport) => {
  it.each(SHOTS.map((shot) => [shot.name, shot]))('%s', async (name, shot) => {
    mkdirSync(FOLDER, { recursive: true });
    const { context } = await browser.isolatedContext({ viewport });
    const page = await context.newPage();
    await page.goto(shot.path);
    await shot.reach?.(page);
    await painted(page);
    // Chromium's own capture of what is on screen: Playwright's capture left the fixed, docked player out of long pages.
    const cdp = await context.newCDPSession(page);
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
    const picture = Buffer.from(data, 'base64');
    writeFileSync(join(FOLDER, `${name}-${width}.png`), picture);
    expect(picture.byteLength).toBeGreaterThan(1000);
    await context.close();
  });
});
