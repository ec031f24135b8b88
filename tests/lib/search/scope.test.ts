import { describe, expect, it } from 'vitest';
import type { SearchState } from '../../../src/lib/search/query';
import {
  commonInNewest,
  episodesWithin,
  FIRST_SEARCH_RECORDS,
  FURTHER_PART_RECORDS,
  nearParts,
  orderAcrossBundles,
  reachOf,
  type OlderPart,
  type SearchBundles,
} from '../../../src/lib/search/scope';

const state: SearchState = { query: 'Vertrauen', topic: '', year: '', sort: 'relevance', scope: 'newest' };
const part = (n: number, records: number, since: string): OlderPart => ({
  path: `/pagefind/older/${n}/`,
  episodes: records / 3,
  records,
  since,
});
const split: SearchBundles = {
  newest: { episodes: 55, records: 400, since: '2024-09-16' },
  older: { episodes: 945, parts: [part(1, 2835, '2016-01-04')], near: 1 },
};
/** A daily show: the newest part is filling up, three full ones before it. */
const daily: SearchBundles = {
  newest: { episodes: 60, records: 180, since: '2024-10-11' },
  older: {
    episodes: 3010,
    parts: [part(4, 300, '2024-03-18'), part(3, 2910, '2021-04-05'), part(2, 2910, '2017-10-23'), part(1, 2910, '2014-05-12')],
    near: 1,
  },
};
const whole: SearchBundles = { newest: { episodes: 8, records: 10, since: '2024-02-26' }, older: null };

describe('the older parts near in time', () => {
  it('an archive whose older episodes fit one first search covers them all', () => {
    expect(nearParts(split.older!.parts)).toBe(1);
  });

  it('a larger archive covers the newest parts while their passages fit the first search', () => {
    expect(nearParts(daily.older!.parts)).toBe(1);
    expect(nearParts(daily.older!.parts, 300)).toBe(1);
    expect(nearParts(daily.older!.parts, 299)).toBe(0);
    expect(nearParts([part(3, 1200, '2024-03-18'), part(2, 1200, '2023-01-02'), part(1, 1200, '2022-01-03')])).toBe(2);
  });

  it('each part after the first counts for the index chunks it adds to every query', () => {
    const parts = [part(2, 60, '2024-03-18'), part(1, 2910, '2021-04-05')];
    expect(nearParts(parts)).toBe(1);
    expect(nearParts(parts, 60 + 2910 + FURTHER_PART_RECORDS)).toBe(2);
  });

  it('a part too large for the first search is never near, whatever follows', () => {
    expect(nearParts([part(2, FIRST_SEARCH_RECORDS + 3, '2020-01-01'), part(1, 30, '2019-01-01')])).toBe(0);
  });

  it('counts the episodes a search covers', () => {
    expect(episodesWithin(daily, 0)).toBe(60);
    expect(episodesWithin(daily, 1)).toBe(160);
    expect(episodesWithin(daily, 4)).toBe(60 + 3010);
    expect(episodesWithin(whole, 0)).toBe(8);
  });
});

describe('what a search covers', () => {
  it('a plain search starts with the newest episodes, then the near parts', () => {
    expect(reachOf(state, split)).toEqual({ parts: 1, newestMayAnswer: true });
    expect(reachOf(state, daily)).toEqual({ parts: 1, newestMayAnswer: true });
  });

  it('the visitor can ask for every episode', () => {
    expect(reachOf({ ...state, scope: 'all' }, split)).toEqual({ parts: 1, newestMayAnswer: false });
    expect(reachOf({ ...state, scope: 'all' }, daily)).toEqual({ parts: 4, newestMayAnswer: false });
  });

  it.each([
    ['2026', { parts: 1, newestMayAnswer: true }],
    ['2025', { parts: 1, newestMayAnswer: true }],
    ['2024', { parts: 1, newestMayAnswer: false }],
    ['2019', { parts: 1, newestMayAnswer: false }],
  ])('in an archive of one older part, a year filter of %s covers %j', (year, reach) => {
    expect(reachOf({ ...state, year }, split)).toEqual(reach);
  });

  it.each([
    ['2025', { parts: 1, newestMayAnswer: true }],
    ['2024', { parts: 4, newestMayAnswer: false }],
    ['2022', { parts: 4, newestMayAnswer: false }],
  ])('a year filter of %s reaching past the near parts covers them all: %j', (year, reach) => {
    expect(reachOf({ ...state, year }, daily)).toEqual(reach);
  });

  it('when no newest episode has a date, a year filter never answers from them alone', () => {
    expect(reachOf({ ...state, year: '2030' }, { ...split, newest: { episodes: 3, records: 9, since: '' } })).toEqual({
      parts: 1,
      newestMayAnswer: false,
    });
  });

  it('an archive in one bundle has no parts to reach', () => {
    expect(reachOf({ ...state, scope: 'all', year: '2019' }, whole).parts).toBe(0);
  });

  it.each([
    [400, true],
    [100, true],
    [99, false],
    [3, false],
    [0, false],
  ])('a word in %i of the 400 newest passages is common enough to show the newest alone: %s', (found, common) => {
    expect(commonInNewest(found, split)).toBe(common);
  });

  it('an empty newest bundle never answers alone', () => {
    expect(commonInNewest(0, { ...split, newest: { episodes: 0, records: 0, since: '' } })).toBe(false);
  });
});

describe('results from all bundles', () => {
  const newest = [{ id: 'n2' }, { id: 'n1' }];
  // Pagefind merges by score; under a date sort each bundle's score is its place in its own date order.
  const merged = [{ id: 'o3' }, { id: 'n2' }, { id: 'p2' }, { id: 'o2' }, { id: 'n1' }, { id: 'p1' }, { id: 'o1' }];
  const byPart = [
    [{ id: 'o3' }, { id: 'o2' }, { id: 'o1' }],
    [{ id: 'p2' }, { id: 'p1' }],
  ];

  it('by relevance, keep the merged order', () => {
    expect(orderAcrossBundles(newest, merged, 'relevance', []).map((result) => result.id)).toEqual([
      'o3',
      'n2',
      'p2',
      'o2',
      'n1',
      'p1',
      'o1',
    ]);
  });

  it('by date, the newest episodes come first, then each older part, newest part first, in its own order', () => {
    expect(orderAcrossBundles(newest, merged, 'date', byPart).map((result) => result.id)).toEqual([
      'n2',
      'n1',
      'o3',
      'o2',
      'o1',
      'p2',
      'p1',
    ]);
  });
});
