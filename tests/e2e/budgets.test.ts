import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { afterTwoFrames } from '../support/page-states';
import { BUDGETS, LONG_EPISODE_URL, PLAYER_SELECTOR } from '../../quality/budgets';
import { brotliBytes, gzipBytes, measurePage, type PageWeight } from '../../quality/page-weight';
import { listPages } from '../../build/site-pages';

const page = listPages('dist').find((candidate) => candidate.url === LONG_EPISODE_URL);
let weight: PageWeight;
const browser = useBrowser();
const measured: Record<string, string> = {};

beforeAll(async () => {
  if (!page)
    throw new Error(
      `The budgets are measured on ${LONG_EPISODE_URL}, which is not in dist/: is content/episodes/004-vertraust-du-deiner-it.md still published?`,
    );
  weight = await measurePage('dist', page.file, PLAYER_SELECTOR);
});

afterAll(() => {
  console.info(
    `Budgets of ${LONG_EPISODE_URL} (gzip -9 / brotli -11, bytes):\n${Object.entries(measured)
      .map(([what, value]) => `  ${what}: ${value}`)
      .join('\n')}`,
  );
});

describe(`the long episode page ${LONG_EPISODE_URL}`, () => {
  it('has no script that blocks rendering', () => {
    expect(weight.renderBlockingScripts).toHaveLength(BUDGETS.renderBlockingScripts);
  });

  it(`loads at most ${BUDGETS.episodeJsBytes / 1024} KB of compressed JavaScript`, async () => {
    const { context } = await browser.isolatedContext();
    const tab = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    tab.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.body());
    });
    await tab.goto(LONG_EPISODE_URL, { waitUntil: 'networkidle' });
    // Every body is read before the context closes: a body still on its way would be missing from the sum.
    const scripts = await Promise.all(bodies);
    await context.close();
    const gzip = weight.inlineJsGzip + scripts.reduce((sum, script) => sum + gzipBytes(script), 0);
    const brotli = weight.inlineJsBrotli + scripts.reduce((sum, script) => sum + brotliBytes(script), 0);
    measured['JavaScript'] = `${gzip} / ${brotli} (${scripts.length} files and the inline scripts)`;
    expect(gzip).toBeLessThanOrEqual(BUDGETS.episodeJsBytes);
  });

  it(`sends the HTML up to the end of the player within the first ${BUDGETS.htmlToPlayerBytes / 1024} KB`, () => {
    expect(weight.htmlThroughGzip, `no element matches ${PLAYER_SELECTOR}`).toBeDefined();
    measured['HTML through the player'] = `${weight.htmlThroughGzip} / ${weight.htmlThroughBrotli}`;
    expect(weight.htmlThroughGzip).toBeLessThanOrEqual(BUDGETS.htmlToPlayerBytes);
  });

  it(`weighs at most ${BUDGETS.episodeHtmlCssBytes / 1024} KB compressed, HTML and CSS together`, () => {
    measured['HTML'] = `${weight.htmlGzip} / ${weight.htmlBrotli} (raw ${weight.htmlBytes})`;
    measured['CSS'] = `${weight.cssGzip} / ${weight.cssBrotli}`;
    measured['HTML + CSS'] = `${weight.htmlGzip + weight.cssGzip} / ${weight.htmlBrotli + weight.cssBrotli}`;
    expect(weight.htmlGzip + weight.cssGzip).toBeLessThanOrEqual(BUDGETS.episodeHtmlCssBytes);
  });
});

describe('loading on a phone', () => {
  it.each(['/', LONG_EPISODE_URL])('%s does not jump around when the web fonts arrive late', async (url) => {
    const { context } = await browser.isolatedContext({ viewport: { width: 412, height: 823 }, isMobile: true, deviceScaleFactor: 2 });
    const tab = await context.newPage();
    await tab.route('**/*.woff2', async (route) => {
      await new Promise((done) => setTimeout(done, 400));
      await route.continue();
    });
    await tab.addInitScript(() => {
      let total = 0;
      const add = (entries: PerformanceEntryList) => {
        for (const entry of entries as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) total += entry.value;
      };
      const observer = new PerformanceObserver((list) => add(list.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      // Shifts of the last frames may not have reached the callback yet; takeRecords hands them over.
      (window as unknown as { layoutShift: () => number }).layoutShift = () => {
        add(observer.takeRecords());
        return total;
      };
    });
    await tab.goto(url, { waitUntil: 'networkidle' });
    // The late fonts have arrived; two frames later a shift they cause is laid out and recorded.
    await tab.evaluate(() => document.fonts.ready.then(() => undefined));
    await afterTwoFrames(tab);
    const shift = await tab.evaluate(() => (window as unknown as { layoutShift: () => number }).layoutShift());
    await context.close();
    measured[`layout shift ${url}`] = shift.toFixed(4);
    expect(shift).toBeLessThanOrEqual(BUDGETS.layoutShift);
  });
});
