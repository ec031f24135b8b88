import { expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { STATE_TIMEOUT } from '../support/page-states';

const browser = useBrowser();

it('the episode audio plays in the browser', async () => {
  const { context } = await browser.isolatedContext();
  const page = await context.newPage();
  await page.goto('/folgen/');
  await page.locator('.episode-card__title a').first().click();
  const audio = page.locator('audio').first();
  await audio.evaluate((element: HTMLAudioElement) => element.play());
  await page.waitForFunction(
    () => {
      const element = document.querySelector('audio')!;
      return !element.paused && element.currentTime > 0.3;
    },
    undefined,
    { timeout: STATE_TIMEOUT },
  );
  const state = await audio.evaluate((element: HTMLAudioElement) => ({
    paused: element.paused,
    time: element.currentTime,
    duration: element.duration,
  }));
  expect(state.paused).toBe(false);
  expect(state.time).toBeGreaterThan(0.3);
  expect(state.duration).toBeGreaterThan(1);
  await context.close();
});
