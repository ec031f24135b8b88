/**
 * The second half of `npm run build`: indexes `dist/` for the search page,
 * re-indexing only the bundles whose pages changed since the last build
 * (build/search-index.ts, build/search-index-cache.ts).
 * Usage: node build/index-search.ts [dist directory]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from './search-index.ts';
import { indexingCodeFingerprint } from './search-index-cache.ts';

const site = resolve(process.argv[2] ?? 'dist');
const output = join(site, 'pagefind');
const indexingCode = [
  ...['./search-index.ts', './search-records.ts', './search-bundles.ts', './search-index-cache.ts', '../src/lib/search/scope.ts'].map(
    (module) => fileURLToPath(import.meta.resolve(module)),
  ),
  join(dirname(dirname(fileURLToPath(import.meta.resolve('pagefind')))), 'package.json'),
];

try {
  const cache = { dir: resolve('.cache/search-index'), code: indexingCodeFingerprint(indexingCode) };
  const { pages, records, newestPages, olderParts, reused = [] } = await indexSite(site, { cache });
  const older = pages - newestPages;
  const names = reused.length > 1 ? `${reused.slice(0, -1).join(', ')} and ${reused.at(-1)}` : reused[0];
  const kept = names ? `; reused the ${names} bundle${reused.length > 1 ? 's' : ''} of the last build, whose pages did not change` : '';
  const olderNote = older ? ` (the ${older} oldest in ${olderParts} part${olderParts > 1 ? 's' : ''} under ${output}/older)` : '';
  console.log(`[search] indexed ${pages} page(s) as ${records} record(s) for search into ${output}${olderNote}${kept}`);
} catch (error) {
  console.error(`[search] ${(error as Error).message}`);
  process.exit(1);
}
