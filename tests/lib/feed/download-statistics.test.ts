import { describe, expect, it } from 'vitest';
import { statisticsService, statisticsUrl } from '../../../src/lib/feed/download-statistics';

const OP3 = { prefix: 'https://op3.dev/e/', withScheme: false };

describe('download statistics by enclosure prefix', () => {
  it.each([
    [OP3, 'https://podcast.example.de/audio/042.mp3', 'https://op3.dev/e/podcast.example.de/audio/042.mp3'],
    [
      { ...OP3, withScheme: true },
      'https://podcast.example.de/audio/042.mp3',
      'https://op3.dev/e/https://podcast.example.de/audio/042.mp3',
    ],
    [
      { prefix: 'https://op3.dev/e,pg=21d597a0-4885-57c8-af86-0f21bddccd1a/', withScheme: false },
      'https://cdn.example.com/a%20b.mp3?x=1&y=2',
      'https://op3.dev/e,pg=21d597a0-4885-57c8-af86-0f21bddccd1a/cdn.example.com/a%20b.mp3?x=1&y=2',
    ],
    [
      { prefix: 'https://dts.podtrac.com/redirect.mp3/', withScheme: false },
      'HTTP://old.example.com/7.mp3',
      'https://dts.podtrac.com/redirect.mp3/old.example.com/7.mp3',
    ],
    [
      { prefix: 'https://chrt.fm/track/ABC123/', withScheme: true },
      'http://old.example.com/7.mp3',
      'https://chrt.fm/track/ABC123/http://old.example.com/7.mp3',
    ],
    [undefined, 'https://podcast.example.de/audio/042.mp3', 'https://podcast.example.de/audio/042.mp3'],
  ])('with %o turns %s into %s', (statistics, url, prefixed) => {
    expect(statisticsUrl(url, statistics)).toBe(prefixed);
  });

  it.each([
    [OP3, { name: 'OP3 (Open Podcast Prefix Project)', host: 'op3.dev', privacyPolicy: 'https://op3.dev/privacy' }],
    [
      { prefix: 'https://dts.podtrac.com/redirect.mp3/', withScheme: false },
      { name: 'Podtrac', host: 'dts.podtrac.com' },
    ],
    [
      { prefix: 'https://chrt.fm/track/X/', withScheme: false },
      { name: 'Chartable', host: 'chrt.fm' },
    ],
    [
      { prefix: 'https://stats.example.net/p/', withScheme: false },
      { name: 'stats.example.net', host: 'stats.example.net' },
    ],
    [
      {
        prefix: 'https://stats.example.net/p/',
        withScheme: false,
        service: 'Zähler & <Co>',
        privacyPolicy: 'https://stats.example.net/ds',
      },
      { name: 'Zähler & <Co>', host: 'stats.example.net', privacyPolicy: 'https://stats.example.net/ds' },
    ],
    [
      { prefix: 'https://op3.dev.evil.example/e/', withScheme: false },
      { name: 'op3.dev.evil.example', host: 'op3.dev.evil.example' },
    ],
  ])('names the service of %o for the privacy page', (statistics, service) => {
    expect(statisticsService(statistics)).toEqual({ privacyPolicy: undefined, ...service });
  });
});
