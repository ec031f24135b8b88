import { describe, expect, it } from 'vitest';
import { episodesFound, summaryKey, EPISODE_FILTER } from '../../../src/lib/search/summary';

describe('counting found episodes', () => {
  it.each([
    ['no search yet', undefined, 0],
    ['no episode filter', { year: { '2024': 3 } }, 0],
    ['three passages in one episode', { [EPISODE_FILTER]: { a: 3, b: 0 } }, 1],
    ['passages in three episodes', { [EPISODE_FILTER]: { a: 5, b: 1, c: 3 } }, 3],
    ['values that look like code', { [EPISODE_FILTER]: JSON.parse('{"<script>": 1, "__proto__": 2, "constructor": 0}') }, 2],
  ])('%s', (_case, filters, expected) => {
    expect(episodesFound(filters as Parameters<typeof episodesFound>[0])).toBe(expected);
  });
});

describe('the sentence for a search', () => {
  it.each([
    [{ episodes: 0, newestOnly: false }, { topic: '', year: '' }, 'none'],
    [{ episodes: 0, newestOnly: true }, { topic: '', year: '' }, 'none'],
    [{ episodes: 0, newestOnly: false }, { topic: 'it', year: '' }, 'noneFiltered'],
    [{ episodes: 0, newestOnly: false }, { topic: '', year: '2024' }, 'noneFiltered'],
    [{ episodes: 1, newestOnly: false }, { topic: '', year: '' }, 'countOne'],
    [{ episodes: 4, newestOnly: false }, { topic: 'it', year: '' }, 'count'],
    [{ episodes: 1, newestOnly: true }, { topic: '', year: '' }, 'countNewestOne'],
    [{ episodes: 2, newestOnly: true }, { topic: '', year: '' }, 'countNewest'],
  ])('%j with %j: %s', (found, state, key) => {
    expect(summaryKey(found, state)).toBe(key);
  });
});
