import { describe, expect, it } from 'vitest';
import { videoEmbed } from '../../src/lib/video-embeds';

describe('episode video players', () => {
  it('plays Vimeo with Do Not Track', () => {
    expect(videoEmbed({ vimeo: '76979871' })).toEqual({
      provider: 'vimeo',
      player: 'https://player.vimeo.com/video/76979871?dnt=1',
      page: 'https://vimeo.com/76979871',
    });
  });

  it('plays YouTube from its no-cookie host', () => {
    expect(videoEmbed({ youtube: 'dQw4w9WgXcQ' })).toEqual({
      provider: 'youtube',
      player: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      page: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    });
  });

  it.each([[undefined], [{}]])('shows no video for %j', (video) => {
    expect(videoEmbed(video)).toBeUndefined();
  });

  it.each([
    [{ vimeo: '123"><script>' }, /video\.vimeo/],
    [{ vimeo: '../../evil' }, /video\.vimeo/],
    [{ youtube: 'short' }, /video\.youtube/],
    [{ youtube: 'abc/def?ghi' }, /video\.youtube/],
  ])('refuses the id in %j', (video, message) => {
    expect(() => videoEmbed(video)).toThrow(message);
  });
});
