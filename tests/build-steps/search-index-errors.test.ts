import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { indexSite, SearchIndexError } from '../../build/search-index';

/** Splitting fails on one page, as an HTML parser's bug would: the message alone does not say which. */
vi.mock('../../build/search-records.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../build/search-records.ts')>();
  return {
    ...original,
    searchRecords: (...args: Parameters<typeof original.searchRecords>) => {
      if (args[1] === '/folgen/kaputt/') throw new TypeError("Cannot read properties of undefined (reading 'start')");
      return original.searchRecords(...args);
    },
  };
});

describe('a page that cannot be indexed', () => {
  it('fails the index step with a message that names its file in the built site and its URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-index-errors-'));
    for (const slug of ['gut', 'kaputt']) {
      mkdirSync(join(dir, 'folgen', slug), { recursive: true });
      writeFileSync(
        join(dir, 'folgen', slug, 'index.html'),
        `<!doctype html><html lang="de"><body><article data-pagefind-body><h1>${slug}</h1></article></body></html>`,
      );
    }
    const failure = indexSite(dir);
    await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
    await expect(failure).rejects.toThrow(
      "Could not split /folgen/kaputt/ (from folgen/kaputt/index.html) into search records: Cannot read properties of undefined (reading 'start')",
    );
  });
});
