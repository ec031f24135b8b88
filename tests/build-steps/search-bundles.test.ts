import { describe, expect, it } from 'vitest';
import { bundleSplitter, newestFirst, publicationDay } from '../../build/search-bundles';

describe('which search bundle an episode page goes to', () => {
  it('reads the publication day the page gives Pagefind for its date sort', () => {
    expect(publicationDay('<article data-pagefind-body data-pagefind-sort="date[data-search-date]" data-search-date="2024-09-16">')).toBe(
      '2024-09-16',
    );
    expect(publicationDay('<article data-pagefind-body>')).toBe('');
    expect(publicationDay('<p>data-search-date="2024-09-16" als Text</p><article data-search-date="kaputt">')).toBe('');
  });

  it('takes pages newest first, pages without a date before all others, equal days in their order', () => {
    const pages = [
      { url: 'a', day: '2023-01-01' },
      { url: 'b', day: '2025-05-05' },
      { url: 'c', day: '' },
      { url: 'd', day: '2024-02-02' },
      { url: 'e', day: '2025-05-05' },
    ];
    expect(newestFirst(pages).map((page) => page.url)).toEqual(['c', 'b', 'e', 'd', 'a']);
    expect(pages.map((page) => page.url)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('the newest bundle takes pages until it holds the words it may, the older bundle the rest', () => {
    const bundleFor = bundleSplitter(1000);
    expect([400, 400, 400, 50, 5000].map(bundleFor)).toEqual(['newest', 'newest', 'newest', 'older', 'older']);
  });

  it('the newest bundle always holds at least the newest page, however long', () => {
    const bundleFor = bundleSplitter(1000);
    expect([9000, 10].map(bundleFor)).toEqual(['newest', 'older']);
  });

  it('an archive within the limit stays one bundle', () => {
    const bundleFor = bundleSplitter(1000);
    expect([300, 300, 300].map(bundleFor)).toEqual(['newest', 'newest', 'newest']);
  });
});
