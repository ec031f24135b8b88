/**
 * `npm run lighthouse`: Lighthouse's four scores, mobile, for the home page, the
 * long episode and every other page type the goal names, against the built dist/.
 * Not part of `npm test`: scores vary a little from run to run and take a minute.
 * Usage: npm run build && npm run lighthouse
 * @see https://github.com/GoogleChrome/lighthouse/blob/main/docs/readme.md#using-programmatically
 */
import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { LIGHTHOUSE_PAGES } from './lib/budgets.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync('dist/index.html')) {
  console.error('dist/ has no built site: run `npm run build` first.');
  process.exit(1);
}

const pages = LIGHTHOUSE_PAGES.filter((url) => existsSync(`dist${url}index.html`));
const server = await serveStatic('dist');
const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const rows: { url: string; scores: Record<string, number>; failing: string[] }[] = [];
try {
  for (const url of pages) {
    const result = await lighthouse(`${server.url}${url}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
    const failing = CATEGORIES.flatMap((id) =>
      (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`),
    );
    rows.push({ url, scores, failing });
  }
} finally {
  chrome.kill();
  await server.close();
}

console.log(`\nLighthouse ${CATEGORIES.join(' / ')} (mobile, simulated slow 4G)`);
for (const { url, scores, failing } of rows) {
  console.log(`${url.padEnd(40)} ${CATEGORIES.map((id) => String(scores[id]).padStart(4)).join(' ')}`);
  for (const audit of failing) console.log(`    below 100 because of ${audit}`);
}
const missing = LIGHTHOUSE_PAGES.filter((url) => !pages.includes(url));
if (missing.length > 0) console.log(`Not built, so not measured: ${missing.join(', ')}`);
