import { describe, expect, it } from 'vitest';
import { astroHeapMegabytes } from '../../build/heap-limit';

describe('the heap npm run build gives Astro', () => {
  it.each([
    [0, 1200],
    [10, 1200],
    [1000, 1200],
    [2000, 1500],
    [5000, 2400],
  ])('with %i episodes: %i MB', (episodes, megabytes) => {
    expect(astroHeapMegabytes(episodes)).toBe(megabytes);
  });
});
