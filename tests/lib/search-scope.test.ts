import { describe, expect, it } from 'vitest';
import type { SearchState } from '../../src/lib/search-query';
import { asksForOlder, ENOUGH_NEWEST_RESULTS, enoughNewest, orderAcrossBundles, type SearchBundles } from '../../src/lib/search-scope';

const state: SearchState = { query: 'Vertrauen', topic: '', year: '', sort: 'relevance', scope: 'newest' };
const split: SearchBundles = { newest: { episodes: 55, since: '2024-09-16' }, older: { episodes: 945, path: '/pagefind/older/' } };
const whole: SearchBundles = { newest: { episodes: 8, since: '2024-02-26' }, older: null };

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
    expect(asksForOlder({ ...state, year: '2030' }, { ...split, newest: { episodes: 3, since: '' } })).toBe(true);
  });

  it('an archive in one bundle never asks for another', () => {
    expect(asksForOlder({ ...state, scope: 'all', year: '2019' }, whole)).toBe(false);
  });

  it(`${ENOUGH_NEWEST_RESULTS} results among the newest episodes are enough to show on their own, fewer are not`, () => {
    expect(enoughNewest(ENOUGH_NEWEST_RESULTS)).toBe(true);
    expect(enoughNewest(ENOUGH_NEWEST_RESULTS - 1)).toBe(false);
  });
});

describe('results from both bundles', () => {
  const newest = [{ id: 'n2' }, { id: 'n1' }];
  // Pagefind merges by score; under a date sort each bundle's score is its place in its own date order.
  const merged = [{ id: 'o3' }, { id: 'n2' }, { id: 'o2' }, { id: 'n1' }, { id: 'o1' }];

  it('by relevance, keep the merged order', () => {
    expect(orderAcrossBundles(newest, merged, 'relevance').map((result) => result.id)).toEqual(['o3', 'n2', 'o2', 'n1', 'o1']);
  });

  it('by date, the newest episodes come first, then the older ones in their own order', () => {
    expect(orderAcrossBundles(newest, merged, 'date').map((result) => result.id)).toEqual(['n2', 'n1', 'o3', 'o2', 'o1']);
  });
});
