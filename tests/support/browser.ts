import type { Browser, BrowserContext, Request } from 'playwright-core';

/**
 * A browser context that never reaches the internet: every request to another
 * origin than the site under test is recorded and answered locally with 204.
 */
export async function isolatedContext(browser: Browser, siteUrl: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; thirdParty: Request[] }> {
  const context = await browser.newContext({ baseURL: siteUrl, ...options });
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
}
