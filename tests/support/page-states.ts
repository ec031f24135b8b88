import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * How long a page may take to reach a state after an action. When a build runs
 * beside the tests, scripts, audio and Pagefind take seconds where they take
 * milliseconds on an idle machine; the test timeout (60 s) still leaves room.
 */
export const STATE_TIMEOUT = 15_000;

/**
 * Retries `read` until the assertion chained to it holds: for any state a script
 * sets after an action (attributes, text, audio, clipboard, recorded requests),
 * which a single read right after the action can miss. vitest's own `expect.poll`
 * gives up after 1 s, too soon on a busy machine.
 */
export function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: STATE_TIMEOUT });
}

/**
 * Resolves once the page has drawn two more frames: input sent before has been
 * handled, scroll events and their listeners have run and a started scroll has
 * moved. For checking that something did not happen, instead of sleeping.
 */
export async function afterTwoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/**
 * States a visitor can bring a page into, which must be as accessible as the page
 * as loaded. Each applies to any page that has the control, so new pages are covered.
 */
export interface PageState {
  name: string;
  /** Brings the page into the state; returns false when the page has no such control. */
  reach(page: Page): Promise<boolean>;
}

/** A word the demo transcripts use often, so a search for it has results. */
export const SEARCH_WORD = 'Vertrauen';

export const PAGE_STATES: PageState[] = [
  {
    name: `showing search results for „${SEARCH_WORD}“`,
    async reach(page) {
      const input = page.locator('main input[type="search"]').first();
      if ((await input.count()) === 0) return false;
      const linksBefore = await page.locator('main a').count();
      await input.fill(SEARCH_WORD);
      await page.waitForFunction((count) => document.querySelectorAll('main a').length > count, linksBefore, { timeout: STATE_TIMEOUT });
      return true;
    },
  },
  {
    name: 'after agreeing to load embedded content',
    async reach(page) {
      const buttons = page.locator('[data-consent-load]');
      const count = await buttons.count();
      if (count === 0) return false;
      for (let index = 0; index < count; index++) {
        const button = buttons.nth(index);
        if (!(await button.isVisible())) continue;
        await button.click();
        // The placeholder around the button goes when the embed takes its place.
        await button.waitFor({ state: 'hidden', timeout: STATE_TIMEOUT });
      }
      return true;
    },
  },
];

/** Resolves once the page has stopped scrolling: the scroll position stays the same over a few frames (smooth scrolling included). */
export async function scrollSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((done) => {
        const start = scrollY;
        let frames = 0;
        const check = () => {
          if (scrollY !== start) return done(false);
          if (++frames >= 5) return done(true);
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    undefined,
    { timeout: STATE_TIMEOUT },
  );
}
