import { describe, expect, it } from 'vitest';
import { bundleSplitter, needsSplit, newestFirst, publicationDay, splitAtDay } from '../../build/search-bundles';

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

describe('keeping the split between bundles from one build to the next', () => {
  const pages = [
    { url: 'undated', day: '' },
    { url: 'new', day: '2025-05-05' },
    { url: 'same-day-a', day: '2024-02-02' },
    { url: 'same-day-b', day: '2024-02-02' },
    { url: 'old', day: '2023-01-01' },
  ];

  it.each([
    ['splits after the day it was split at, keeping a day together', '2024-02-02', ['undated', 'new'], ['same-day-a', 'same-day-b', 'old']],
    [
      'puts a page published later than every kept page in the newest bundle',
      '2025-05-04',
      ['undated', 'new'],
      ['same-day-a', 'same-day-b', 'old'],
    ],
    [
      'keeps undated pages newest even when the split day is far in the future',
      '9999-12-31',
      ['undated'],
      ['new', 'same-day-a', 'same-day-b', 'old'],
    ],
    [
      'leaves nothing older when every page is newer than the split',
      '2000-01-01',
      ['undated', 'new', 'same-day-a', 'same-day-b', 'old'],
      [],
    ],
  ])('%s', (_rule, boundary, newest, older) => {
    const split = splitAtDay(pages, boundary);
    expect(split.newest.map((page) => page.url)).toEqual(newest);
    expect(split.older.map((page) => page.url)).toEqual(older);
  });

  it.each([
    [1000, 1000, false, false],
    [1001, 1000, false, true],
    [2000, 1000, true, false],
    [2001, 1000, true, true],
  ])('with %i words in the newest bundle (limit %i, an older bundle: %s) it splits anew: %s', (words, limit, hasOlder, expected) => {
    expect(needsSplit(words, limit, hasOlder)).toBe(expected);
  });
});
