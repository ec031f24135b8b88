/**
 * The second half of `npm run build`: indexes `dist/` for the search page.
 * Usage: node scripts/index-search.ts [dist directory]
 */
import { resolve } from 'node:path';
import { indexSite } from './lib/search-index.ts';

const site = resolve(process.argv[2] ?? 'dist');
try {
  const pages = await indexSite(site);
  console.log(`[search] indexed ${pages} page(s) for search into ${site}/pagefind`);
} catch (error) {
  console.error(`[search] ${(error as Error).message}`);
  process.exit(1);
}
