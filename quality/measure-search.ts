import { launchChromium } from './chromium.ts';
import { serveStatic, type SentResponse } from './static-server.ts';

/** A query to type, or a press on "Auch die älteren Folgen durchsuchen" for the query before. */
export type SearchStep = string | { widen: true };

export interface QueryTransfer {
  query: string;
  /** `first` loads Pagefind itself and its metadata; `next` queries reuse them; `widen` searches the older episodes for the query before. */
  order: 'first' | 'next' | 'widen';
  /** Bytes of Pagefind files sent for this query, gzipped where a host would gzip. */
  bytes: number;
  /** The same files before compression. */
  rawBytes: number;
  /** Pagefind files fetched, e.g. `/pagefind/index/de_1a2b3c.pf_index`. */
  files: string[];
  /** What the page announced, e.g. "12 Treffer für „Vertrauen“". */
  status: string;
  /** Episode cards shown after the first batch of results. */
  shown: number;
}

export interface SearchTransfer {
  /** Pagefind bytes fetched by opening /suche/ before typing: must be 0. */
  onOpen: number;
  /** One list per visit to /suche/, steps in the order taken. */
  visits: QueryTransfer[][];
}

export interface MeasureSearchOptions {
  /** Each visit opens /suche/ afresh and takes its steps one after another. */
  visits: SearchStep[][];
  /** How long the network must be quiet before a query counts as done. */
  quietMs?: number;
}

const PAGEFIND = '/pagefind/';

/**
 * Serves a built site, opens /suche/ in Chromium for each visit, types its
 * queries one after another (or asks for the older episodes) and returns what Pagefind downloaded for each,
 * as a visitor on a compressing static host would receive it.
 */
export async function measureSearch(dist: string, { visits, quietMs = 400 }: MeasureSearchOptions): Promise<SearchTransfer> {
  let sent: SentResponse[] = [];
  let lastSent = Date.now();
  const server = await serveStatic(dist, {
    gzip: true,
    onSent: (response) => {
      if (!response.path.startsWith(PAGEFIND)) return;
      sent.push(response);
      lastSent = Date.now();
    },
  });
  const browser = await launchChromium();
  try {
    let onOpen = 0;
    const measured: QueryTransfer[][] = [];
    for (const steps of visits) {
      const context = await browser.newContext({ baseURL: server.url });
      const page = await context.newPage();
      sent = [];
      await page.goto('/suche/', { waitUntil: 'networkidle' });
      onOpen = Math.max(
        onOpen,
        sent.reduce((sum, response) => sum + response.bytes, 0),
      );
      const visit: QueryTransfer[] = [];
      let query = '';
      for (const [index, step] of steps.entries()) {
        const widen = page.locator('[data-search-widen]');
        // An archive in one bundle has no older episodes to ask for.
        if (typeof step !== 'string' && !(await widen.isVisible())) continue;
        sent = [];
        const before = (await page.locator('[data-search-status]').textContent()) ?? '';
        if (typeof step === 'string') {
          query = step;
          await page.locator('#search-query').fill(query);
        } else {
          await widen.click();
        }
        await page.waitForFunction(
          ([text, previous]) => {
            const status = document.querySelector('[data-search-status]')?.textContent ?? '';
            return status.includes(text) && status !== previous;
          },
          [query, before],
          { timeout: 30_000 },
        );
        while (Date.now() - lastSent < quietMs) await page.waitForTimeout(quietMs);
        visit.push({
          query,
          order: typeof step !== 'string' ? 'widen' : index === 0 ? 'first' : 'next',
          bytes: sent.reduce((sum, response) => sum + response.bytes, 0),
          rawBytes: sent.reduce((sum, response) => sum + response.rawBytes, 0),
          files: sent.map((response) => response.path),
          status: (await page.locator('[data-search-status]').textContent()) ?? '',
          shown: await page.locator('[data-search-results] > li').count(),
        });
      }
      measured.push(visit);
      await context.close();
    }
    return { onOpen, visits: measured };
  } finally {
    await browser.close();
    await server.close();
  }
}
