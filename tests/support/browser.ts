import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Request } from 'playwright-core';

/** Chromium from CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary.`,
    );
  }
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--autoplay-policy=no-user-gesture-required'],
  });
}

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
