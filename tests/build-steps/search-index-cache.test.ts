import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundleFingerprint,
  forgetBundle,
  indexingCodeFingerprint,
  keepBundle,
  keptSummary,
  restoreBundle,
} from '../../build/search-index-cache';

const summary = { episodes: 2, records: 5, since: '2024-01-01', until: '2024-02-01' };

function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'search-cache-'));
  const bundle = join(root, 'pagefind');
  const code = join(root, 'indexer.ts');
  writeFileSync(code, 'export const version = 1;');
  return { root, bundle, code, cache: join(root, '.cache/search-index') };
}

/** Writes an index as Pagefind does: a new folder, never files changed in place (kept bundles are hard links). */
function writeIndex(dir: string, marker: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'index'), { recursive: true });
  mkdirSync(join(dir, 'older'), { recursive: true });
  writeFileSync(join(dir, 'pagefind.js'), marker);
  writeFileSync(join(dir, 'index/de_1.pf_index'), marker);
  writeFileSync(join(dir, 'older/pagefind.js'), `${marker} (older)`);
}

const pages = [
  { file: 'folgen/a/index.html', digest: 'A1' },
  { file: 'folgen/b/index.html', digest: 'B1' },
];

describe('reusing the search bundles of the last build', () => {
  it.each([
    ['a page changed', [pages[0]!, { ...pages[1]!, digest: 'B2' }], 'code'],
    ['a page was added', [...pages, { file: 'folgen/c/index.html', digest: 'C1' }], 'code'],
    ['a page was removed', [pages[0]!], 'code'],
    ['the indexing code changed', pages, 'other code'],
  ])('a bundle fingerprint changes when %s', (_change, changedPages, code) => {
    expect(bundleFingerprint(code, changedPages)).not.toBe(bundleFingerprint('code', pages));
  });

  it('a bundle fingerprint stays the same for the same pages and code', () => {
    expect(
      bundleFingerprint(
        'code',
        pages.map((page) => ({ ...page })),
      ),
    ).toBe(bundleFingerprint('code', pages));
  });

  it('the code fingerprint follows the bytes of the indexing code', () => {
    const { code } = workspace();
    const before = indexingCodeFingerprint([code]);
    writeFileSync(code, 'export const version = 2;');
    expect(indexingCodeFingerprint([code])).not.toBe(before);
  });

  it('a kept bundle comes back only for the fingerprint it was made from, without the folders it was told to skip', () => {
    const { bundle, cache } = workspace();
    writeIndex(bundle, 'erste Fassung');
    keepBundle(cache, 'newest', { fingerprint: 'fp-1', code: 'c', summary }, bundle, ['older']);
    writeIndex(bundle, 'kaputt');

    expect(restoreBundle(cache, 'newest', 'fp-2', bundle)).toBeUndefined();
    expect(readFileSync(join(bundle, 'pagefind.js'), 'utf8')).toBe('kaputt');

    expect(restoreBundle(cache, 'newest', 'fp-1', bundle)).toEqual(summary);
    expect(readFileSync(join(bundle, 'pagefind.js'), 'utf8')).toBe('erste Fassung');
    expect(readFileSync(join(bundle, 'index/de_1.pf_index'), 'utf8')).toBe('erste Fassung');
    expect(existsSync(join(bundle, 'older'))).toBe(false);
  });

  it('tells where the last build split the bundles only for the same indexing code', () => {
    const { bundle, cache } = workspace();
    writeIndex(bundle, 'index');
    keepBundle(cache, 'older', { fingerprint: 'fp', code: 'c1', summary }, bundle);
    expect(keptSummary(cache, 'older', 'c1')).toEqual(summary);
    expect(keptSummary(cache, 'older', 'c2')).toBeUndefined();
    forgetBundle(cache, 'older');
    expect(keptSummary(cache, 'older', 'c1')).toBeUndefined();
  });

  it('a copy cut short is never restored: without its record the bundle counts as not kept', () => {
    const { bundle, cache } = workspace();
    writeIndex(bundle, 'index');
    keepBundle(cache, 'newest', { fingerprint: 'fp-1', code: 'c', summary }, bundle);
    writeFileSync(join(cache, 'newest.json'), '{"fingerprint": "fp-1"');
    expect(restoreBundle(cache, 'newest', 'fp-1', bundle)).toBeUndefined();
    expect(existsSync(join(cache, 'newest/pagefind.js'))).toBe(true);
  });

  it('keeps and restores a bundle as links to the same files, not as copies', () => {
    const { bundle, cache } = workspace();
    writeIndex(bundle, 'index');
    keepBundle(cache, 'newest', { fingerprint: 'fp-1', code: 'c', summary }, bundle, ['older']);
    expect(statSync(join(bundle, 'index/de_1.pf_index')).nlink).toBe(2);
    expect(restoreBundle(cache, 'newest', 'fp-1', join(bundle, '..', 'restored'))).toEqual(summary);
    expect(statSync(join(bundle, '..', 'restored', 'pagefind.js')).ino).toBe(statSync(join(cache, 'newest', 'pagefind.js')).ino);
  });
});
