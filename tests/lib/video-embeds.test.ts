import { describe, expect, it } from 'vitest';
import { isReadyMessage, readyRequest, videoEmbed } from '../../src/lib/video-embeds';

describe('episode video players', () => {
  it('plays Vimeo with Do Not Track', () => {
    expect(videoEmbed({ vimeo: '76979871' })).toEqual({
      provider: 'vimeo',
      player: 'https://player.vimeo.com/video/76979871?dnt=1',
      page: 'https://vimeo.com/76979871',
    });
  });

  it('plays YouTube from its no-cookie host, with the API that reports loading', () => {
    expect(videoEmbed({ youtube: 'dQw4w9WgXcQ' })).toEqual({
      provider: 'youtube',
      player: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?enablejsapi=1',
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

describe('knowing that a player has loaded', () => {
  it.each([
    ['vimeo', '{"event":"ready","player_id":"x"}', true],
    ['vimeo', { event: 'ready' }, true],
    ['vimeo', '{"method":"ping","value":true}', true],
    ['vimeo', '{"event":"play"}', false],
    ['youtube', '{"event":"onReady","info":null,"id":1,"channel":"widget"}', true],
    ['youtube', '{"event":"initialDelivery","info":{},"id":1}', true],
    ['youtube', '{"event":"ready"}', false],
    ['vimeo', 'ready', false],
    ['vimeo', '<script>alert(1)</script>', false],
    ['youtube', null, false],
    ['youtube', 42, false],
    ['vimeo', '{"event":', false],
  ] as const)('%s: the message %j means loaded: %s', (provider, data, ready) => {
    expect(isReadyMessage(provider, data)).toBe(ready);
  });

  it.each([
    ['vimeo', { method: 'ping' }],
    ['youtube', { event: 'listening', id: 1, channel: 'widget' }],
  ] as const)('asks %s to report with %j', (provider, message) => {
    expect(JSON.parse(readyRequest(provider))).toEqual(message);
  });
});
