import { describe, expect, it } from 'vitest';
import { neighbours, relatedEpisodes } from '../../src/lib/related';

const episode = (slug: string, topics: string[]) => ({ slug, data: { topics } });
const newestFirst = [
  episode('7', ['Remote']),
  episode('6', ['Vertrauen', 'Projekte']),
  episode('5', ['Projekte']),
  episode('4', ['Vertrauen', 'Projekte', 'SLA']),
  episode('3', []),
  episode('2', ['Projekte']),
  episode('1', ['Remote', 'Projekte']),
];
const slugs = (episodes: { slug: string }[]) => episodes.map(({ slug }) => slug);

describe('related episodes', () => {
  it.each([
    ['the most shared topics first, then the nearest in time, never the episode itself', '4', 3, ['6', '5', '2']],
    ['the nearest in time when nothing shares a topic, newer before older at equal distance', '3', 2, ['4', '2']],
    ['the nearest among equals for the oldest episode, not the newest', '1', 3, ['2', '4', '5']],
    ['a shared topic before nearness, even across the whole archive', '7', 2, ['1', '6']],
  ])('puts %s', (_rule, slug, limit, expected) => {
    const current = newestFirst.find((candidate) => candidate.slug === slug)!;
    expect(slugs(relatedEpisodes(current, newestFirst, limit))).toEqual(expected);
  });

  it('treats an episode missing from the list (a draft) as newer than all, so the newest come first', () => {
    expect(slugs(relatedEpisodes(episode('8', ['Projekte']), newestFirst, 2))).toEqual(['6', '5']);
  });

  it('returns nothing for a podcast with a single episode', () => {
    expect(relatedEpisodes(episode('1', ['X']), [episode('1', ['X'])])).toEqual([]);
  });

  it('does not change the list of an old episode when a newer one on its topic is published', () => {
    const before = relatedEpisodes(newestFirst[5]!, newestFirst);
    const withNew = [episode('8', ['Projekte', 'Remote']), ...newestFirst];
    expect(slugs(relatedEpisodes(newestFirst[5]!, withNew))).toEqual(slugs(before));
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
