import { describe, expect, it } from 'vitest';
import {
  bundleSplitter,
  needsSplit,
  newestFirst,
  olderParts,
  OLDER_PART_GROWTH,
  publicationDay,
  splitAtDay,
} from '../../build/search-bundles';

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

describe('cutting the older bundle into parts the build can index one at a time', () => {
  /** Older pages newest first, as the indexer hands them over; 10 bytes each. */
  const pages = (...days: string[]) => days.map((day, n) => ({ url: `/folgen/${n}/`, day, bytes: 10 }));
  const daysOf = (parts: { day: string }[][]) => parts.map((part) => part.map((page) => page.day));

  it('takes pages oldest first and closes a part once it holds the bytes allowed', () => {
    const older = pages('2024-05-06', '2024-04-01', '2024-03-04', '2024-02-05', '2024-01-08');
    expect(daysOf(olderParts(older, 20))).toEqual([['2024-01-08', '2024-02-05'], ['2024-03-04', '2024-04-01'], ['2024-05-06']]);
  });

  it('never parts two episodes of one day, so the last day of a part tells it apart', () => {
    const older = pages('2024-03-04', '2024-02-05', '2024-02-05', '2024-01-08');
    expect(daysOf(olderParts(older, 20))).toEqual([['2024-01-08', '2024-02-05', '2024-02-05'], ['2024-03-04']]);
  });

  it('a single page larger than a part still gets a part of its own', () => {
    const older = [{ url: '/folgen/lang/', day: '2024-02-05', bytes: 500 }, ...pages('2024-01-08')];
    expect(daysOf(olderParts(older, 20))).toEqual([['2024-01-08', '2024-02-05']]);
  });

  it('keeps the parts of the last build by their last days, so only the newest part grows when the bundles are split anew', () => {
    // The last build cut parts ending 2024-02-05 and 2024-04-01; a new split moved two more episodes into the older bundle.
    const older = pages('2024-06-03', '2024-05-06', '2024-04-01', '2024-03-04', '2024-02-05', '2024-01-08');
    expect(daysOf(olderParts(older, 30, ['2024-02-05', '2024-04-01']))).toEqual([
      ['2024-01-08', '2024-02-05'],
      ['2024-03-04', '2024-04-01', '2024-05-06'],
      ['2024-06-03'],
    ]);
  });

  it('an old episode published later joins the kept part of its day', () => {
    const older = pages('2024-04-01', '2024-03-04', '2024-02-05', '2024-01-15', '2024-01-08');
    expect(daysOf(olderParts(older, 20, ['2024-02-05', '2024-04-01']))).toEqual([
      ['2024-01-08', '2024-01-15', '2024-02-05'],
      ['2024-03-04', '2024-04-01'],
    ]);
  });

  it(`cuts all parts anew once a kept part holds more than ${OLDER_PART_GROWTH} times the bytes allowed`, () => {
    const older = pages('2024-04-01', '2024-03-04', '2024-02-05', '2024-01-29', '2024-01-22', '2024-01-15', '2024-01-08');
    expect(daysOf(olderParts(older, 20, ['2024-02-05', '2024-04-01']))).toEqual([
      ['2024-01-08', '2024-01-15'],
      ['2024-01-22', '2024-01-29'],
      ['2024-02-05', '2024-03-04'],
      ['2024-04-01'],
    ]);
  });

  it('drops a kept part whose episodes are all gone', () => {
    const older = pages('2024-04-01', '2024-03-04');
    expect(daysOf(olderParts(older, 20, ['2024-02-05', '2024-04-01']))).toEqual([['2024-03-04', '2024-04-01']]);
  });
});
