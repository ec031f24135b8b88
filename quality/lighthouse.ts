/**
 * `npm run lighthouse`: Lighthouse's four scores, mobile, for the home page, the
 * long episode and every other page type the goal names, against the built dist/.
 * Not part of `npm test`: scores vary a little from run to run and take a minute.
 * Each page is measured `--runs` times (default 3) and the run with the median
 * performance score is reported, as Lighthouse advises for variable machines.
 * Usage: npm run build && npm run lighthouse [-- --runs 5]
 * @see https://github.com/GoogleChrome/lighthouse/blob/main/docs/variability.md
 * @see https://github.com/GoogleChrome/lighthouse/blob/main/docs/readme.md#using-programmatically
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './chromium.ts';
import { serveStatic } from './static-server.ts';
import { LIGHTHOUSE_PAGES } from './budgets.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 20) {
  console.error(`--runs: expected a whole number from 1 to 20, got "${values.runs}".`);
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('dist/ has no built site: run `npm run build` first.');
  process.exit(1);
}

const pages = LIGHTHOUSE_PAGES.filter((url) => existsSync(`dist${url}index.html`));
// Compressed like on any real static host; uncompressed HTML would be measured as four times its size.
const server = await serveStatic('dist', { gzip: true });
const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const rows: { url: string; scores: Record<string, number>; failing: string[] }[] = [];
try {
  for (const url of pages) {
    const reports = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${server.url}${url}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      reports.push(result.lhr);
    }
    reports.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const { categories, audits } = reports[Math.floor(reports.length / 2)]!;
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
    const failing = CATEGORIES.filter((id) => scores[id]! < 100).flatMap((id) =>
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

console.log(`\nLighthouse ${CATEGORIES.join(' / ')} (mobile, simulated slow 4G; median of ${runs} runs)`);
for (const { url, scores, failing } of rows) {
  console.log(`${url.padEnd(40)} ${CATEGORIES.map((id) => String(scores[id]).padStart(4)).join(' ')}`);
  for (const audit of failing) console.log(`    below 100 because of ${audit}`);
}
const missing = LIGHTHOUSE_PAGES.filter((url) => !pages.includes(url));
if (missing.length > 0) console.log(`Not built, so not measured: ${missing.join(', ')}`);
