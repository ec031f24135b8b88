import { describe, expect, it } from 'vitest';
import { byNewestFirst, isPublished } from '../../src/lib/published';

const now = new Date('2026-11-29T12:00:00Z');

describe('isPublished: what listeners may see', () => {
  it.each([
    ['a past episode', { draft: false, published: new Date('2026-01-01') }, true],
    ['an episode due right now', { draft: false, published: now }, true],
    ['a draft', { draft: true, published: new Date('2026-01-01') }, false],
    ['an episode dated one second ahead', { draft: false, published: new Date(now.getTime() + 1000) }, false],
    ['a future draft', { draft: true, published: new Date('2099-01-01') }, false],
  ])('%s → %s', (_, episode, expected) => {
    expect(isPublished(episode, now)).toBe(expected);
  });
});

describe('byNewestFirst', () => {
  const episode = (slug: string, published: string, number?: number) => ({
    slug,
    data: { published: new Date(published), episode: number },
  });

  it('sorts by date, then by episode number, then by slug', () => {
    const sorted = [
      episode('a', '2024-01-01', 1),
      episode('c', '2025-01-01', 2),
      episode('b', '2025-01-01', 3),
      episode('e', '2023-01-01'),
      episode('d', '2023-01-01'),
    ].sort(byNewestFirst);
    expect(sorted.map(({ slug }) => slug)).toEqual(['b', 'c', 'a', 'd', 'e']);
  });
});
