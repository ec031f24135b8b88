import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { isolatedContext } from '../support/browser';
import { launchChromium } from '../../quality/chromium';
import { STATE_TIMEOUT } from '../support/page-states';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

it('the episode audio plays in the browser', async () => {
  const { context } = await isolatedContext(browser, inject('siteUrl'));
  const page = await context.newPage();
  await page.goto('/folgen/');
  await page.locator('.episode-card__title a').first().click();
  const audio = page.locator('audio').first();
  await audio.evaluate((element: HTMLAudioElement) => element.play());
  await page.waitForFunction(() => {
    const element = document.querySelector('audio')!;
    return !element.paused && element.currentTime > 0.3;
  }, undefined, { timeout: STATE_TIMEOUT });
  const state = await audio.evaluate((element: HTMLAudioElement) => ({ paused: element.paused, time: element.currentTime, duration: element.duration }));
  expect(state.paused).toBe(false);
  expect(state.time).toBeGreaterThan(0.3);
  expect(state.duration).toBeGreaterThan(1);
  await context.close();
});
