import { describe, expect, it } from 'vitest';
import type { SearchState } from '../../../src/lib/search/query';
import { asksForOlder, commonInNewest, orderAcrossBundles, type SearchBundles } from '../../../src/lib/search/scope';

const state: SearchState = { query: 'Vertrauen', topic: '', year: '', sort: 'relevance', scope: 'newest' };
const split: SearchBundles = {
  newest: { episodes: 55, records: 400, since: '2024-09-16' },
  older: { episodes: 945, paths: ['/pagefind/older/1/'] },
};
const whole: SearchBundles = { newest: { episodes: 8, records: 10, since: '2024-02-26' }, older: null };

describe('searching the newest episodes first', () => {
  it('a plain search starts with the newest episodes', () => {
    expect(asksForOlder(state, split)).toBe(false);
  });

  it('the visitor can ask for every episode', () => {
    expect(asksForOlder({ ...state, scope: 'all' }, split)).toBe(true);
  });

  it.each([
    ['2026', false],
    ['2025', false],
    ['2024', true],
    ['2019', true],
  ])('a year filter of %s searches the older episodes too: %s', (year, older) => {
    expect(asksForOlder({ ...state, year }, split)).toBe(older);
  });

  it('when no newest episode has a date, a year filter searches everything', () => {
    expect(asksForOlder({ ...state, year: '2030' }, { ...split, newest: { episodes: 3, records: 9, since: '' } })).toBe(true);
  });

  it('an archive in one bundle never asks for another', () => {
    expect(asksForOlder({ ...state, scope: 'all', year: '2019' }, whole)).toBe(false);
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
