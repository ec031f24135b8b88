import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../scripts/lib/search-index';

function siteWith(pages: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
  return dir;
}

describe('the search index step of the build', () => {
  it('indexes the episode pages of a built site into dist/pagefind', async () => {
    const dir = siteWith({ 'index.html': '<!doctype html><html lang="de"><body><main data-pagefind-body><h1>Vertrauen</h1><p>Wir sprechen mit Dienstleistern.</p></main></body></html>' });
    await expect(indexSite(dir)).resolves.toEqual({ pages: 1, records: 1 });
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('fails, naming the folder, when there is nothing to index instead of shipping an empty search', async () => {
    const dir = siteWith({});
    await expect(indexSite(dir)).rejects.toThrow(`Pagefind found no pages to index in ${dir}/`);
  });
});
