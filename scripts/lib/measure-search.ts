import { launchChromium } from './chromium.ts';
import { serveStatic, type SentResponse } from './static-server.ts';

export interface QueryTransfer {
  query: string;
  /** Bytes of Pagefind files sent for this query, gzipped where a host would gzip. */
  bytes: number;
  /** The same files before compression. */
  rawBytes: number;
  /** Pagefind files fetched, e.g. `/pagefind/index/de_1a2b3c.pf_index`. */
  files: string[];
  /** What the page announced, e.g. "12 Folgen gefunden für „Vertrauen“". */
  status: string;
  /** Results shown, each of which cost a fragment download. */
  shown: number;
}

export interface SearchTransfer {
  /** Pagefind bytes fetched by opening /suche/ before typing: must be 0. */
  onOpen: number;
  first: QueryTransfer;
  second: QueryTransfer;
}

export interface MeasureSearchOptions {
  /** Two different words that occur in the corpus; the second is measured after the first. */
  queries?: [string, string];
  /** How long the network must be quiet before a query counts as done. */
  quietMs?: number;
}

const PAGEFIND = '/pagefind/';

/**
 * Serves a built site, opens /suche/ in Chromium, types a first and then a
 * second query and returns what Pagefind downloaded for each, as a visitor
 * on a compressing static host would receive it.
 */
export async function measureSearch(dist: string, { queries = ['Vertrauen', 'Dienstleister'], quietMs = 400 }: MeasureSearchOptions = {}): Promise<SearchTransfer> {
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
    const page = await browser.newPage({ baseURL: server.url });
    await page.goto('/suche/', { waitUntil: 'networkidle' });
    const onOpen = sent.reduce((sum, response) => sum + response.bytes, 0);

    const measure = async (query: string): Promise<QueryTransfer> => {
      sent = [];
      await page.locator('#search-query').fill(query);
      await page.waitForFunction(
        (text) => {
          const status = document.querySelector('[data-search-status]')?.textContent ?? '';
          return status.includes(text);
        },
        query,
        { timeout: 30_000 },
      );
      while (Date.now() - lastSent < quietMs) await page.waitForTimeout(quietMs);
      return {
        query,
        bytes: sent.reduce((sum, response) => sum + response.bytes, 0),
        rawBytes: sent.reduce((sum, response) => sum + response.rawBytes, 0),
        files: sent.map((response) => response.path),
        status: (await page.locator('[data-search-status]').textContent()) ?? '',
        shown: await page.locator('[data-search-results] > li').count(),
      };
    };

    const first = await measure(queries[0]);
    const second = await measure(queries[1]);
    return { onOpen, first, second };
  } finally {
    await browser.close();
    await server.close();
  }
}
