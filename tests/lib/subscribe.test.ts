import { describe, expect, it } from 'vitest';
import { feedAppOptions, platformOptions } from '../../src/lib/subscribe';
import { detectPlatform, orderForPlatform } from '../../src/lib/visitor-platform';

const feed = 'https://klartext-it.example.de/feed.xml';

const userAgents = {
  iPhone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  iPadOS: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  android: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
  windows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
  linux: 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
};

describe('subscribe chooser', () => {
  it('lists only the platforms the podcaster configured, with their addresses', () => {
    const options = platformOptions({
      platforms: { spotify: 'https://open.spotify.com/show/x', apple: 'https://podcasts.apple.com/de/podcast/id1' },
    });
    expect(options.map(({ key, label, href }) => [key, label, href])).toEqual([
      ['apple', 'Apple Podcasts', 'https://podcasts.apple.com/de/podcast/id1'],
      ['spotify', 'Spotify', 'https://open.spotify.com/show/x'],
    ]);
  });

  it('lists nothing when no platform is configured', () => {
    expect(platformOptions({ platforms: {} })).toEqual([]);
  });

  it.each([
    ['apple-feed', 'podcast://klartext-it.example.de/feed.xml'],
    ['overcast-feed', 'overcast://x-callback-url/add?url=https%3A%2F%2Fklartext-it.example.de%2Ffeed.xml'],
    ['castro-feed', 'castro://subscribe/klartext-it.example.de/feed.xml'],
    ['pocketcasts-feed', 'pktc://subscribe/klartext-it.example.de/feed.xml'],
    ['antennapod-feed', 'https://antennapod.org/deeplink/subscribe?url=https%3A%2F%2Fklartext-it.example.de%2Ffeed.xml'],
    ['podcastaddict-feed', 'podcastaddict://klartext-it.example.de/feed.xml'],
  ])('%s subscribes to the feed with one tap via %s', (key, href) => {
    expect(feedAppOptions(feed).find((option) => option.key === key)?.href).toBe(href);
  });

  it('an app the podcaster lists as a platform appears once, by its directory page', () => {
    const listed = platformOptions({
      platforms: { pocketcasts: 'https://pca.st/x', antennapod: 'https://antennapod.org/x', spotify: 'https://open.spotify.com/show/x' },
    });
    const apps = feedAppOptions(
      feed,
      listed.map(({ app }) => app),
    );
    const all = [...listed, ...apps].map(({ app }) => app);
    expect(new Set(all).size).toBe(all.length);
    expect(apps.map(({ key }) => key)).toEqual(['apple-feed', 'overcast-feed', 'castro-feed', 'podcastaddict-feed']);
  });

  it('a feed address with a query string reaches query-style apps intact', () => {
    const overcast = feedAppOptions('https://example.de/feed.xml?format=mp3&x=ä').find((option) => option.key === 'overcast-feed')!;
    expect(new URL(overcast.href.replace('overcast://', 'https://')).searchParams.get('url')).toBe(
      'https://example.de/feed.xml?format=mp3&x=ä',
    );
  });

  it.each([[''], ['/feed.xml'], ['javascript:alert(1)'], ['https://'], ['https://exa mple.de/feed.xml']])(
    'refuses %j as feed address with a clear message',
    (bad) => {
      expect(() => feedAppOptions(bad)).toThrow(/absolute http\(s\) address/);
    },
  );

  it.each([
    ['iPhone', 0, 'ios'],
    ['iPadOS', 5, 'ios'],
    ['iPadOS', 0, 'desktop'],
    ['android', 5, 'android'],
    ['windows', 0, 'desktop'],
    ['linux', 0, 'desktop'],
  ] as const)('tells a visitor on %s (touch points %i) apart as %s', (device, touch, platform) => {
    expect(detectPlatform(userAgents[device], touch)).toBe(platform);
  });

  it('does not guess without a user agent', () => {
    expect(detectPlatform('   ')).toBeUndefined();
  });

  it('shows iPhone users the apps of their phone first, the rest still after them', () => {
    const ordered = orderForPlatform(feedAppOptions(feed), 'ios').map(({ key }) => key);
    expect(ordered).toEqual(['apple-feed', 'overcast-feed', 'castro-feed', 'pocketcasts-feed', 'antennapod-feed', 'podcastaddict-feed']);
  });

  it('shows Android users AntennaPod, Pocket Casts and Podcast Addict first', () => {
    const ordered = orderForPlatform(feedAppOptions(feed), 'android').map(({ key }) => key);
    expect(ordered.slice(0, 3).sort()).toEqual(['antennapod-feed', 'pocketcasts-feed', 'podcastaddict-feed']);
    expect(ordered).toHaveLength(6);
  });

  it('keeps the given order when the platform is unknown', () => {
    const options = feedAppOptions(feed);
    expect(orderForPlatform(options, undefined)).toEqual(options);
  });
});
