import type { Page } from 'playwright-core';

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
      await page.waitForFunction((count) => document.querySelectorAll('main a').length > count, linksBefore, { timeout: 15_000 });
      await page.waitForLoadState('networkidle');
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
        if (await button.isVisible()) await button.click();
      }
      await page.waitForLoadState('networkidle');
      return true;
    },
  },
];
