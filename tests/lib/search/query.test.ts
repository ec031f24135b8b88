import { describe, expect, it } from 'vitest';
import { pagefindOptions, readSearchState, searchStateParams, type SearchState } from '../../../src/lib/search/query';
import { COUNT_BY_EPISODE } from '../../../src/lib/search/episode-count';

const plain: SearchState = { query: '', topic: '', year: '', sort: 'relevance', scope: 'newest' };

describe('the search page address', () => {
  it.each([
    ['q=SLA', { ...plain, query: 'SLA' }],
    ['q=%20%20zwei%20%0A%20W%C3%B6rter%20', { ...plain, query: 'zwei Wörter' }],
    [
      'q=vertrauen&thema=it-dienstleister&jahr=2024&sortierung=datum&bereich=alle',
      { query: 'vertrauen', topic: 'it-dienstleister', year: '2024', sort: 'date', scope: 'all' },
    ],
    ['', plain],
    ['jahr=24', plain],
    ['jahr=2024%27%20OR%201', plain],
    ['sortierung=egal', plain],
    ['bereich=neueste', plain],
    ['q=<script>alert(1)</script>', { ...plain, query: '<script>alert(1)</script>' }],
  ])('reads %j', (search, state) => {
    expect(readSearchState(new URLSearchParams(search))).toEqual(state);
  });

  it('cuts an absurdly long query', () => {
    expect(readSearchState(new URLSearchParams({ q: 'a'.repeat(5000) })).query).toHaveLength(200);
  });

  it.each([
    [{ ...plain, query: 'sla' }, 'q=sla'],
    [plain, ''],
    [
      { query: 'Kosten & Nutzen', topic: 'vertraege', year: '2023', sort: 'date' as const, scope: 'newest' as const },
      'q=Kosten+%26+Nutzen&thema=vertraege&jahr=2023&sortierung=datum',
    ],
    [{ ...plain, query: 'Vertrauen', scope: 'all' as const }, 'q=Vertrauen&bereich=alle'],
  ])('writes %j as %j and reads it back', (state, search) => {
    const params = searchStateParams(state);
    expect(params.toString()).toBe(search);
    expect(readSearchState(params)).toEqual(state);
  });
});

describe('pagefind options for a search', () => {
  it('count by episode without narrowing the results', () => {
    expect(COUNT_BY_EPISODE).toEqual({ ep: { none: [] } });
  });

  it.each([
    [plain, { filters: COUNT_BY_EPISODE }],
    [{ ...plain, topic: 'vertrauen' }, { filters: { ...COUNT_BY_EPISODE, topic: 'vertrauen' } }],
    [{ ...plain, year: '2024', topic: 'vertrauen' }, { filters: { ...COUNT_BY_EPISODE, topic: 'vertrauen', year: '2024' } }],
    [
      { ...plain, sort: 'date' as const },
      { filters: COUNT_BY_EPISODE, sort: { date: 'desc' } },
    ],
  ])('for %j are %j', (state, options) => {
    expect(pagefindOptions(state)).toEqual(options);
  });
});
