import { describe, expect, it } from 'vitest';
import {
  audioTypeOf,
  durationOf,
  enclosureTypeOf,
  episodeFromItem,
  episodeTypeOf,
  explicitOf,
  guidOf,
  imageOf,
  lengthOf,
  permaLinkOf,
  positiveNumberOf,
  publishedOf,
  slugBaseOf,
  titleNumberOf,
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

  it('keeps the show notes and the Podlove chapters for the body', () => {
    const result = episodeFromItem(
      item({
        description: '<p>Notizen</p>',
        psc: {
          chapters: [
            { start: '00:00:00.000', title: 'Intro' },
            { start: '00:01:00.591', title: '  ' },
            { start: 'gleich', title: 'Kaputt' },
          ],
        },
      } as Partial<FeedItem>),
      {},
    );
    expect(result.ok && [result.episode.notes, result.episode.chapters]).toEqual([
      'Notizen',
      [
        { start: 0, title: 'Intro' },
        { start: 60.591, title: 'Kapitel 2' },
      ],
    ]);
  });

  it('keeps a numbered <title> beside a clean itunes:title', () => {
    const result = episodeFromItem(item({ title: '254: Hot Box With Knobs', itunes: { title: 'Hot Box With Knobs' } }), {});
    expect(result.ok && [result.episode.title, result.episode.feedTitle, result.episode.episode]).toEqual([
      'Hot Box With Knobs',
      '254: Hot Box With Knobs',
      254,
    ]);
  });

  it.each([
    ['itunes:episode first', { itunes: { episode: 7 }, podcast: { episode: { number: 8 } }, title: 'Ep. 9: x' }, 7, 'itunes:episode'],
    ['then podcast:episode', { podcast: { episode: { number: 8 } }, title: 'Ep. 9: x' }, 8, 'podcast:episode'],
    ['a decimal podcast:episode is no number', { podcast: { episode: { number: 8.5 } }, title: 'Ep. 9: x' }, 9, 'title'],
    ['then the title', { title: '#360 - Das Ende' }, 360, 'title'],
    ['else none', { title: 'Das Ende' }, undefined, undefined],
  ])('numbers: %s', (_, overrides, episode, from) => {
    const result = episodeFromItem(item(overrides as Partial<FeedItem>), {});
    expect(result.ok && [result.episode.episode, result.episode.numberFrom]).toEqual([episode, from]);
  });

  it('keeps Podcasting 2.0 tags as written and leaves out what no app could use', () => {
    const result = episodeFromItem(
      item({
        podcast: {
          season: { number: 2, name: 'Die <Anfänge>' },
          episode: { number: 3, display: 'Drei' },
          persons: [
            { display: 'Ana', role: 'guest', img: 'javascript:alert(1)', href: 'https://ana.example/' },
            { display: '   ', role: 'host' },
          ],
          soundbites: [
            { startTime: 73.5, duration: 60, display: 'Gut' },
            { startTime: -1, duration: 10 },
            { startTime: 5, duration: 0 },
          ],
          alternateEnclosures: [
            { type: 'audio/opus', length: 10, sources: [{ uri: 'https://cdn.example/a.opus' }] },
            { type: 'audio/<b>', sources: [{ uri: 'https://cdn.example/b' }] },
            { type: 'audio/aac', sources: [] },
          ],
          chapters: { url: 'https://old.example/c.json', type: 'application/json+chapters' },
          transcripts: [
            { url: 'https://old.example/t.vtt', type: 'text/vtt', language: 'de' },
            { url: 'data:text/vtt,WEBVTT', type: 'text/vtt' },
          ],
        },
      } as Partial<FeedItem>),
      {},
    );
    expect(result.ok && result.episode.podcast).toEqual({
      seasonName: 'Die <Anfänge>',
      episode: { number: 3, display: 'Drei' },
      persons: [{ name: 'Ana', role: 'guest', href: 'https://ana.example/' }],
      soundbites: [{ start: 73.5, duration: 60, title: 'Gut' }],
      alternateEnclosures: [{ type: 'audio/opus', length: 10, sources: [{ uri: 'https://cdn.example/a.opus' }] }],
    });
    expect(result.ok && [result.episode.season, result.episode.chaptersFile, result.episode.transcriptFiles]).toEqual([
      2,
      { url: 'https://old.example/c.json', type: 'application/json+chapters' },
      [{ url: 'https://old.example/t.vtt', type: 'text/vtt', language: 'de' }],
    ]);
  });

  it('names the episode when a link in its notes had to be repaired or dropped', () => {
    const result = episodeFromItem(
      item({ description: '<a href="https:example.com/a">A</a> <a href="https://exa mple.com/">B</a> <a href="#top">C</a>' }),
      {},
    );
    expect(result.ok && result.episode.warnings).toEqual([
      '"Wir müssen reden": the notes link "https:example.com/a" was not a valid address; it now points at https://example.com/a',
      '"Wir müssen reden": the notes link "https://exa mple.com/" is not a valid web address; its text is kept without the link',
    ]);
    expect(result.ok && result.episode.links).toEqual([{ title: 'A', url: 'https://example.com/a' }]);
  });
});

describe('the enclosure as apps know it', () => {
  it.each([
    [{ value: 'https://h/?p=1' }, 'omitted'],
    [{ value: 'https://h/?p=1', isPermaLink: true }, true],
    [{ value: 'abc', isPermaLink: false }, false],
    [{ value: '  ' }, undefined],
    [undefined, undefined],
  ])('guid %j keeps isPermaLink as %j', (guid, expected) => {
    expect(permaLinkOf(item({ guid }))).toBe(expected);
  });

  it.each([
    [0, 0],
    ['0', 0],
    [123456789, 123456789],
    [' 42 ', 42],
    ['', undefined],
    [-1, undefined],
    [1.5, undefined],
    ['12 MB', undefined],
    [2 ** 60, undefined],
    [undefined, undefined],
  ])('length %j → %j', (value, expected) => {
    expect(lengthOf(value as number | string | undefined)).toBe(expected);
  });

  it.each([
    ['audio/mp3', 'https://h/a', 'audio/mp3'],
    ['AUDIO/MPEG', 'https://h/a', 'AUDIO/MPEG'],
    ['audio/x-m4a', 'https://h/a.m4a', 'audio/x-m4a'],
    ['application/octet-stream', 'https://h/a.mp3?x=1', 'audio/mpeg'],
    ['', 'https://h/a.ogg', 'audio/ogg'],
    ['audio/<script>', 'https://h/a.mp3', 'audio/mpeg'],
    ['audio/mpeg; charset=x', 'https://h/a', 'audio/mpeg'],
    ['text/html', 'https://h/a.mp3', undefined],
  ])('type %j of %s is written %j', (type, url, expected) => {
    expect(enclosureTypeOf(type, url)).toBe(expected);
  });
});

describe('numbers titles lead with', () => {
  it.each([
    ['254: Hot Box With Knobs', 254],
    ['#360 - Flying Solo', 360],
    ['#360: Flying Solo', 360],
    ['Ep. 711: A Self-Help Book', 711],
    ['Ep 12 – Zwölf', 12],
    ['Episode 42: Die Antwort', 42],
    ['Folge 12: Wir müssen reden', 12],
    ['Episódio 5 - Começo', 5],
    ['E17: Kurz', 17],
    ['Nr. 3 – Drei', 3],
    ['[12] Klammern', 12],
    ['2024: Das Jahr im Rückblick', undefined],
    ['3.5 Gründe', undefined],
    ['Ep. 3.5: Halb', undefined],
    ['Zwölf Affen', undefined],
    ['0: Null', undefined],
    ['Eve und 12 Affen', undefined],
    ['12 Affen', undefined],
    ['12. Mai: Ein Datum', undefined],
  ])('%j → %j', (title, number) => {
    expect(titleNumberOf(title)).toBe(number);
  });
});
