import type { Browser, BrowserContext, Request } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../quality/chromium';

export type ContextOptions = Parameters<Browser['newContext']>[0] & {
  /** The site under test; the built demo site that all browser tests share when left out. */
  siteUrl?: string;
};

export interface TestBrowser {
  readonly browser: Browser;
  /**
   * A browser context that never reaches the internet: every request to another
   * origin than the site under test is recorded and answered locally with 204.
   */
  isolatedContext(options?: ContextOptions): Promise<{ context: BrowserContext; thirdParty: Request[] }>;
}

/**
 * Chromium for the tests of one file or describe block: launched before them,
 * closed after them, so no file waits on another's browser or leaves one running.
 * Call it where the tests are declared; use the browser in hooks and tests.
 */
export function useBrowser(): TestBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const launched = () => {
    if (!browser) throw new Error('useBrowser(): the browser is launched in beforeAll; use it in hooks and tests only');
    return browser;
  };
  return {
    get browser() {
      return launched();
    },
    async isolatedContext({ siteUrl = inject('siteUrl'), ...options } = {}) {
      const context = await launched().newContext({ baseURL: siteUrl, ...options });
      const thirdParty: Request[] = [];
      const siteOrigin = new URL(siteUrl).origin;
      await context.route(
        (url) => url.origin !== siteOrigin && url.protocol !== 'data:' && url.protocol !== 'blob:',
        async (route) => {
          thirdParty.push(route.request());
          await route.fulfill({ status: 204, body: '' });
        },
      );
      return { context, thirdParty };
    },
  };
}
