import { describe, expect, it } from 'vitest';
import { episodesFound, summaryKey } from '../../../src/lib/search/summary';
import { EPISODE_FILTER, episodeCountKey } from '../../../src/lib/search/episode-count';

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

describe("an episode's value in the episode filter", () => {
  const episode = (slug: string, type: string, number?: number) => ({ slug, data: { type, episode: number } });

  it('is the number of a full episode, the shortest unique name it has', () => {
    expect(episodeCountKey(episode('0734-vertrauen-und-kontrolle', 'full', 734))).toBe('734');
  });

  it('is the slug for bonus episodes, trailers and episodes without number, never mistaken for a number', () => {
    expect(episodeCountKey(episode('7', 'bonus', 7))).toBe('~7');
    expect(episodeCountKey(episode('trailer', 'trailer'))).toBe('~trailer');
    expect(episodeCountKey(episode('sonderfolge', 'full'))).toBe('~sonderfolge');
  });
});

describe('the sentence for a search', () => {
  it.each([
    [{ episodes: 0, partial: false }, { topic: '', year: '' }, 'none'],
    [{ episodes: 0, partial: true }, { topic: '', year: '' }, 'none'],
    [{ episodes: 0, partial: false }, { topic: 'it', year: '' }, 'noneFiltered'],
    [{ episodes: 0, partial: false }, { topic: '', year: '2024' }, 'noneFiltered'],
    [{ episodes: 1, partial: false }, { topic: '', year: '' }, 'countOne'],
    [{ episodes: 4, partial: false }, { topic: 'it', year: '' }, 'count'],
    [{ episodes: 1, partial: true }, { topic: '', year: '' }, 'countNewestOne'],
    [{ episodes: 2, partial: true }, { topic: '', year: '' }, 'countNewest'],
  ])('%j with %j: %s', (found, state, key) => {
    expect(summaryKey(found, state)).toBe(key);
  });
});
