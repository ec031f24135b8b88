import { describe, expect, it } from 'vitest';
import { defaultEpisodeGuid, episodeGuid } from '../../../src/lib/feed/episode-guid';

const podcast = '917393e3-1b1e-5cef-ace4-edaa54e1f810';
const published = new Date('2024-09-15T22:00:00.000Z');

describe('episode guid', () => {
  it('is a UUID derived from the podcast guid and the publication instant', () => {
    expect(defaultEpisodeGuid(podcast, published)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(defaultEpisodeGuid(podcast, published)).toBe(defaultEpisodeGuid(podcast, new Date('2024-09-16T00:00:00+02:00')));
  });

  it('differs between episodes published at different times', () => {
    expect(defaultEpisodeGuid(podcast, published)).not.toBe(defaultEpisodeGuid(podcast, new Date('2024-09-15T22:00:01.000Z')));
  });

  it.each([['0815'], ['00123'], ['https://alter-host.example/?p=42'], ['tag:example.de,2019:folge-1']])(
    'uses the frontmatter guid %s exactly as written',
    (guid) => {
      expect(episodeGuid(podcast, { guid, published })).toBe(guid);
    },
  );

  it('falls back to the default when the frontmatter has none', () => {
    expect(episodeGuid(podcast, { published })).toBe(defaultEpisodeGuid(podcast, published));
  });
});
