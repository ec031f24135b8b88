import { describe, expect, it } from 'vitest';
import {
  audioTypeOf,
  durationOf,
  episodeFromItem,
  episodeTypeOf,
  explicitOf,
  guidOf,
  imageOf,
  positiveNumberOf,
  publishedOf,
  slugBaseOf,
  transcriptLinks,
  type FeedItem,
} from '../../../tools/import/episode-from-item';

const item = (overrides: Partial<FeedItem> = {}): FeedItem => ({
  title: 'Wir müssen reden',
  guid: { value: '00123' },
  pubDate: 'Mon, 04 Mar 2024 06:00:00 +0100',
  enclosures: [{ url: 'https://host.example/a.mp3', length: 1000, type: 'audio/mpeg' }],
  itunes: { duration: 1834 },
  ...overrides,
});

describe('durations read however the old host wrote them', () => {
  it.each([
    [1834, 1834],
    ['1834', 1834],
    ['30:34', 1834],
    ['0:30:34', 1834],
    ['00:30:34', 1834],
    ['00:30:34.6', 1835],
    [undefined, undefined],
    ['', undefined],
    ['eine Stunde', undefined],
    [-5, undefined],
    ['0', undefined],
  ])('%j → %j seconds', (value, seconds) => {
    expect(durationOf(value as number | string | undefined)).toBe(seconds);
  });
});

describe('guids stay exactly as the old host wrote them', () => {
  it.each([
    ['00123', '00123'],
    ['1e5', '1e5'],
    ['podlove-2024-06-29t08:07:45+00:00-607a3b0b93018f0', 'podlove-2024-06-29t08:07:45+00:00-607a3b0b93018f0'],
    ['https://host.example/?p=12', 'https://host.example/?p=12'],
  ])('%s stays %s', (value, expected) => {
    expect(guidOf(item({ guid: { value } }), 'https://host.example/a.mp3')).toBe(expected);
  });

  it.each([[''], ['   '], [undefined]])('an empty guid (%j) falls back to the enclosure URL, as apps do', (value) => {
    expect(guidOf(item({ guid: value === undefined ? undefined : { value } }), 'https://host.example/a.mp3')).toBe(
      'https://host.example/a.mp3',
    );
  });
});

describe('explicit, type and numbers', () => {
  it.each([
    [true, true],
    [false, false],
    ['yes', true],
    ['Yes', true],
    ['true', true],
    ['explicit', true],
    ['no', false],
    ['clean', false],
    ['false', false],
    ['', false],
    [undefined, false],
    ['<script>', false],
  ])('itunes:explicit %j → %j', (value, expected) => {
    expect(explicitOf(value as boolean | string | undefined)).toBe(expected);
  });

  it.each([
    ['full', 'full'],
    ['trailer', 'trailer'],
    ['Bonus', 'bonus'],
    ['teaser', 'full'],
    [undefined, 'full'],
  ])('episodeType %j → %s', (value, expected) => {
    expect(episodeTypeOf(value)).toBe(expected);
  });

  it.each([
    [7, 7],
    ['007', 7],
    [0, undefined],
    [-1, undefined],
    [1.5, undefined],
    ['zwei', undefined],
    [undefined, undefined],
  ])('number %j → %j', (value, expected) => {
    expect(positiveNumberOf(value as number | string | undefined)).toBe(expected);
  });
});

describe('audio types', () => {
  it.each([
    ['audio/mpeg', 'https://h/a.mp3', 'audio/mpeg'],
    ['audio/mp3', 'https://h/a.mp3', 'audio/mpeg'],
    ['audio/x-m4a', 'https://h/a.m4a', 'audio/x-m4a'],
    ['audio/mpeg; charset=binary', 'https://h/a', 'audio/mpeg'],
    ['', 'https://h/a.m4a?token=1', 'audio/x-m4a'],
    [undefined, 'https://h/a.opus', 'audio/opus'],
    ['application/octet-stream', 'https://h/a.mp3', 'audio/mpeg'],
    ['video/mp4', 'https://h/a.mp4', undefined],
    ['', 'https://h/download', undefined],
  ])('%j at %s → %j', (type, url, expected) => {
    expect(audioTypeOf(type, url)).toBe(expected);
  });
});

describe('dates, images, transcripts and slugs', () => {
  it.each([
    ['Mon, 04 Mar 2024 06:00:00 +0100', '2024-03-04T05:00:00Z'],
    ['Sat, 05 Aug 2023 08:03:24 GMT', '2023-08-05T08:03:24Z'],
    ['', undefined],
    ['nächsten Dienstag', undefined],
  ])('pubDate %j → %j', (value, expected) => {
    expect(publishedOf(value)).toBe(expected);
  });

  it.each([
    ['https://h/ep.jpg', 'https://h/show.jpg', 'https://h/ep.jpg'],
    ['https://h/show.jpg', 'https://h/show.jpg', undefined],
    ['http://h/ep.jpg', undefined, 'http://h/ep.jpg'],
    ['javascript:alert(1)', undefined, undefined],
    ['/lokal.jpg', undefined, undefined],
    [undefined, undefined, undefined],
  ])('episode image %j (show %j) → %j, the address the importer downloads', (image, show, expected) => {
    expect(imageOf(image, show)).toBe(expected);
  });

  it('podcast:transcript links are kept as links, only web addresses', () => {
    expect(
      transcriptLinks([
        { url: 'https://h/1.vtt', type: 'text/vtt' },
        { url: 'https://h/1.srt', type: 'application/srt' },
        { url: 'javascript:alert(1)', type: 'text/html' },
      ]),
    ).toEqual([
      { title: 'Transkript (WebVTT)', url: 'https://h/1.vtt' },
      { title: 'Transkript (SRT)', url: 'https://h/1.srt' },
    ]);
  });

  it.each([
    ['Wir. Müssen Reden', 'wir-muessen-reden'],
    ['Straße & Größe', 'strasse-groesse'],
    ['27: Christiaan Baaij', '27-christiaan-baaij'],
    ['🎙️🎙️', 'kanten-1'],
    [
      'Ein sehr langer Titel, der immer weiter geht und kein Ende findet, bis die Adresse zu lang wird',
      'ein-sehr-langer-titel-der-immer-weiter-geht-und-kein-ende',
    ],
  ])('title %j → slug %s', (title, slug) => {
    expect(slugBaseOf(title, 'kanten-1')).toBe(slug);
  });
});

describe('one item becomes one episode', () => {
  it('maps the fields a podcast app uses to recognise the episode unchanged', () => {
    const result = episodeFromItem(
      item({ itunes: { duration: '30:34', episode: 3, season: 2, episodeType: 'full', explicit: true } as unknown as FeedItem['itunes'] }),
      {},
    );
    expect(result).toMatchObject({
      ok: true,
      episode: {
        guid: '00123',
        title: 'Wir müssen reden',
        episode: 3,
        season: 2,
        published: '2024-03-04T05:00:00Z',
        explicit: true,
        type: 'full',
        audio: { url: 'https://host.example/a.mp3', bytes: 1000, type: 'audio/mpeg', duration: 1834 },
      },
    });
  });

  it.each([
    ['no enclosure', { enclosures: undefined }, /no audio enclosure/],
    ['a video enclosure', { enclosures: [{ url: 'https://h/v.mp4', type: 'video/mp4' }] }, /no audio enclosure/],
    ['no date', { pubDate: undefined }, /no readable pubDate/],
    ['no title', { title: '  ', itunes: {} }, /no title/],
  ])('an item with %s is skipped with the reason', (_, overrides, reason) => {
    const result = episodeFromItem(item(overrides as Partial<FeedItem>), {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('Podlove chapters become timed headings after the show notes', () => {
    const result = episodeFromItem(
      item({
        description: '<p>Notizen</p>',
        psc: {
          chapters: [
            { start: '00:00:00.000', title: 'Intro' },
            { start: '00:01:00.591', title: 'Thema' },
          ],
        },
      } as Partial<FeedItem>),
      {},
    );
    expect(result.ok && result.episode.body).toBe('Notizen\n\n## Intro [00:00:00]\n\n## Thema [00:01:00]');
  });
});
