import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from '../support/fixture-site';

describe('a new show before its first episode', () => {
  const site = useFixtureSite();

  it('builds without a content/episodes folder: the home page, an empty search index and no share image to draw', async () => {
    site.remove('content/episodes');
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
    expect(output).toContain('[search] indexed 0 page(s)');
    expect(readFileSync(join(site.dir, 'dist/index.html'), 'utf8')).toContain('<html');
    expect(JSON.parse(readFileSync(join(site.dir, '.cache/build/share-images.json'), 'utf8')).images).toEqual([]);
    expect(existsSync(join(site.dir, 'dist/pagefind/search-bundles.json'))).toBe(true);
  });
});
