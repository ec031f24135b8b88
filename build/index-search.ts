/**
 * The second half of `npm run build`: indexes `dist/` for the search page, or
 * reuses the last build's index when no HTML page and no indexing code changed.
 * Usage: node build/index-search.ts [dist directory]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from './search-index.ts';
import { restoreSearchIndex, searchInputFingerprint, storeSearchIndex } from './search-index-cache.ts';

const site = resolve(process.argv[2] ?? 'dist');
const output = join(site, 'pagefind');
const cacheDir = resolve('.cache/search-index');
const indexingCode = [
  ...['./search-index.ts', './search-records.ts', './search-bundles.ts', '../src/lib/search/scope.ts'].map((module) =>
    fileURLToPath(import.meta.resolve(module)),
  ),
  join(dirname(dirname(fileURLToPath(import.meta.resolve('pagefind')))), 'package.json'),
];

try {
  const fingerprint = searchInputFingerprint(site, indexingCode);
  if (restoreSearchIndex(cacheDir, fingerprint, output)) {
    console.log(`[search] no page changed since the last build: reused its search index in ${output}`);
  } else {
    const { pages, records, newestPages } = await indexSite(site);
    storeSearchIndex(cacheDir, fingerprint, output);
    const older = pages - newestPages;
    console.log(
      `[search] indexed ${pages} page(s) as ${records} record(s) for search into ${output}${older ? ` (the ${older} oldest in ${output}/older)` : ''}`,
    );
  }
} catch (error) {
  console.error(`[search] ${(error as Error).message}`);
  process.exit(1);
}
