import type { Page } from 'playwright-core';
import type { ContextOptions, TestBrowser } from './browser';
import { STATE_TIMEOUT } from './page-states';

/** A page in its own offline context, recording the URLs it requests below `path` (e.g. `/pagefind/`). */
export async function pageRecordingRequests(browser: TestBrowser, path: string, options: ContextOptions = {}) {
  const { context } = await browser.isolatedContext(options);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith(path)) requests.push(request.url());
  });
  return { page, requests, close: () => context.close() };
}

/** Waits until the live region of /suche/ announces the finished search for `query`; returns the result cards. */
export async function resultsFor(page: Page, query: string) {
  await page.waitForFunction((text) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(text), query, {
    timeout: STATE_TIMEOUT,
  });
  return page.locator('[data-search-results] > li');
}

/** The number of episodes the live region announces ("„x“ kommt in 3 Folgen vor.", "… in einer Folge …", "… in 2 der 5 neuesten …"). */
export async function announcedCount(page: Page): Promise<number> {
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  if (/ kommt in einer /.test(status)) return 1;
  return Number(/ kommt in (\d+) /.exec(status)?.[1] ?? 0);
}

/** Loads every result by pressing "Weitere Treffer anzeigen" until it goes. */
export async function showAllResults(page: Page) {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    await more.click();
    await page.waitForFunction(() => !document.querySelector('[data-search-results]')!.hasAttribute('aria-busy'));
  }
}

/** The episode page each result card links to, in the order shown (without the searched words it carries as `?q=`). */
export function resultEpisodes(page: Page): Promise<(string | null)[]> {
  return page
    .locator('[data-search-results] h2 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.split('?')[0] ?? null));
}
