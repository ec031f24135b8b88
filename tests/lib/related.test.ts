import { describe, expect, it } from 'vitest';
import { neighbours, relatedEpisodes } from '../../src/lib/related';

const episode = (slug: string, topics: string[]) => ({ slug, data: { topics } });
const newestFirst = [
  episode('7', ['Remote']),
  episode('6', ['Vertrauen', 'Projekte']),
  episode('5', ['Projekte']),
  episode('4', ['Vertrauen', 'Projekte', 'SLA']),
  episode('3', []),
];

describe('related episodes', () => {
  it('puts the most shared topics first, then the newest, never the episode itself', () => {
    expect(relatedEpisodes(episode('4', ['Vertrauen', 'Projekte', 'SLA']), newestFirst).map(({ slug }) => slug)).toEqual(['6', '5', '7']);
  });

  it('falls back to the newest episodes when nothing shares a topic', () => {
    expect(relatedEpisodes(episode('3', []), newestFirst, 2).map(({ slug }) => slug)).toEqual(['7', '6']);
  });

  it('returns nothing for a podcast with a single episode', () => {
    expect(relatedEpisodes(episode('1', ['X']), [episode('1', ['X'])])).toEqual([]);
  });
});

describe('previous and next episode', () => {
  const list = [{ slug: 'c' }, { slug: 'b' }, { slug: 'a' }];
  it.each([
    ['c', { older: { slug: 'b' } }],
    ['b', { older: { slug: 'a' }, newer: { slug: 'c' } }],
    ['a', { newer: { slug: 'b' } }],
    ['unknown', {}],
  ])('around %s: %j', (slug, expected) => {
    expect(neighbours({ slug }, list)).toEqual(expected);
  });

  it('a single episode has neither', () => {
    expect(neighbours({ slug: 'a' }, [{ slug: 'a' }])).toEqual({});
  });
});
