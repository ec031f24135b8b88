import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/lib/pagination';

describe('paginate', () => {
  it('splits into full pages and a last partial page', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.current, page.last])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('keeps one empty page for a podcast without episodes, so the archive still exists', () => {
    expect(paginate([], 12)).toEqual([{ items: [], current: 1, last: 1 }]);
  });

  it('handles 1,000 episodes without losing one', () => {
    const pages = paginate(
      Array.from({ length: 1000 }, (_, index) => index),
      12,
    );
    expect(pages).toHaveLength(84);
    expect(pages.flatMap((page) => page.items)).toHaveLength(1000);
  });
});
