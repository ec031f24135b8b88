import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreSearchIndex, searchInputFingerprint, storeSearchIndex } from '../../build/search-index-cache';

function builtSite() {
  const root = mkdtempSync(join(tmpdir(), 'search-cache-'));
  const site = join(root, 'dist');
  mkdirSync(join(site, 'folgen/eins'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<html lang="de"><body>Start</body></html>');
  writeFileSync(join(site, 'folgen/eins/index.html'), '<html lang="de"><body data-pagefind-body>Vertrauen</body></html>');
  const code = join(root, 'indexer.ts');
  writeFileSync(code, 'export const version = 1;');
  return { root, site, code, cache: join(root, '.cache/search-index') };
}

function writeIndex(site: string, marker: string) {
  mkdirSync(join(site, 'pagefind/index'), { recursive: true });
  writeFileSync(join(site, 'pagefind/pagefind.js'), marker);
  writeFileSync(join(site, 'pagefind/index/de_1.pf_index'), marker);
}

describe('reusing the search index of the last build', () => {
  it('the fingerprint stays the same when no page and no indexing code changed, and ignores the index itself', () => {
    const { site, code } = builtSite();
    const before = searchInputFingerprint(site, [code]);
    writeIndex(site, 'index');
    expect(searchInputFingerprint(site, [code])).toBe(before);
  });

  it('the fingerprint changes with a page, a new page, or the indexing code', () => {
    const { site, code } = builtSite();
    const before = searchInputFingerprint(site, [code]);
    writeFileSync(
      join(site, 'folgen/eins/index.html'),
      '<html lang="de"><body data-pagefind-body>Vertrauen und Dienstleister</body></html>',
    );
    const edited = searchInputFingerprint(site, [code]);
    expect(edited).not.toBe(before);
    mkdirSync(join(site, 'folgen/zwei'));
    writeFileSync(join(site, 'folgen/zwei/index.html'), '<html lang="de"><body>Neu</body></html>');
    const added = searchInputFingerprint(site, [code]);
    expect(added).not.toBe(edited);
    writeFileSync(code, 'export const version = 2;');
    expect(searchInputFingerprint(site, [code])).not.toBe(added);
  });

  it('a kept index comes back only for the fingerprint it was made from', () => {
    const { site, cache } = builtSite();
    writeIndex(site, 'erste Fassung');
    storeSearchIndex(cache, 'fp-1', join(site, 'pagefind'));
    writeIndex(site, 'kaputt');

    expect(restoreSearchIndex(cache, 'fp-2', join(site, 'pagefind'))).toBe(false);
    expect(readFileSync(join(site, 'pagefind/pagefind.js'), 'utf8')).toBe('kaputt');

    expect(restoreSearchIndex(cache, 'fp-1', join(site, 'pagefind'))).toBe(true);
    expect(readFileSync(join(site, 'pagefind/pagefind.js'), 'utf8')).toBe('erste Fassung');
    expect(readFileSync(join(site, 'pagefind/index/de_1.pf_index'), 'utf8')).toBe('erste Fassung');
  });

  it('a copy cut short is never restored: without its fingerprint file the cache counts as empty', () => {
    const { site, cache } = builtSite();
    writeIndex(site, 'index');
    storeSearchIndex(cache, 'fp-1', join(site, 'pagefind'));
    writeFileSync(join(cache, 'fingerprint'), '');
    expect(restoreSearchIndex(cache, 'fp-1', join(site, 'pagefind'))).toBe(false);
    expect(existsSync(join(cache, 'pagefind/pagefind.js'))).toBe(true);
  });
});
