import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translate';
import {
  decodeChapterStarts,
  encodeChapterStarts,
  searchFilterOptions,
  searchIndexData,
  sectionHref,
  type SearchableEpisode,
} from '../../../src/lib/search/metadata';

const t = createTranslator('de');

function episode(overrides: Partial<SearchableEpisode['data']> = {}, duration = 1865): SearchableEpisode {
  return {
    slug: '003-sla-ohne-streit',
    data: {
      title: 'SLA ohne Streit',
      episode: 3,
      type: 'full',
      published: new Date('2024-08-19T08:00:00Z'),
      topics: ['Verträge', 'IT-Dienstleister'],
      ...overrides,
    },
    audio: { duration },
  };
}

describe('search metadata of an episode page', () => {
  it('marks the article as the indexed body with title, label, date, duration, year and episode filters and date sort', () => {
    const { attributes } = searchIndexData(episode(), { artwork: '/artwork.jpg', t });
    expect(attributes).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-meta':
        'title[data-search-title], episode[data-search-episode], date[data-search-date], duration[data-search-duration]',
      'data-pagefind-filter': 'year[data-search-year], ep[data-search-episode-key]',
      'data-pagefind-sort': 'date[data-search-date]',
      'data-search-year': '2024',
      'data-search-episode-key': '3',
      'data-search-title': 'SLA ohne Streit',
      'data-search-episode': 'Folge 3',
      'data-search-date': '2024-08-19',
      'data-search-duration': 'PT31M5S',
    });
  });

  it.each([
    ['a title with commas and colons', { title: 'Kosten, Nutzen: und Streit' }, 'data-search-title', 'Kosten, Nutzen: und Streit'],
    ['a trailer without number', { type: 'trailer' as const, episode: undefined }, 'data-search-episode', 'Trailer'],
    ['a bonus episode', { type: 'bonus' as const, episode: undefined }, 'data-search-episode', 'Bonus'],
    ['an episode of its own artwork', { image: '/bilder/003.jpg' }, 'data-search-image', '/bilder/003.jpg'],
    [
      'New Year’s Eve late in Berlin, already next year in UTC terms',
      { published: new Date('2024-12-31T23:30:00Z') },
      'data-search-year',
      '2025',
    ],
  ])('keeps %s intact', (_, data, attribute, value) => {
    const { attributes } = searchIndexData(episode(data), { artwork: '/artwork.jpg', t });
    expect(attributes[attribute]).toBe(value);
  });

  it('leaves out the image when the episode shows the podcast artwork', () => {
    const { attributes } = searchIndexData(episode({ image: '/artwork.jpg' }), { artwork: '/artwork.jpg', t });
    expect(attributes['data-pagefind-meta']).not.toContain('image');
    expect(attributes).not.toHaveProperty('data-search-image');
  });

  it('adds chapter starts only when a heading has a time mark', () => {
    const timed = searchIndexData(episode(), { artwork: '/artwork.jpg', t, chapterStarts: { fazit: 754 } });
    expect(timed.attributes['data-pagefind-meta']).toContain('starts[data-search-starts]');
    expect(timed.attributes['data-search-starts']).toBe('fazit t754');
    const untimed = searchIndexData(episode(), { artwork: '/artwork.jpg', t, chapterStarts: {} });
    expect(untimed.attributes['data-pagefind-meta']).not.toContain('starts');
  });

  it.each([
    [
      ['Verträge', 'IT-Dienstleister'],
      ['vertraege', 'it-dienstleister'],
    ],
    [['IT-Sicherheit', 'IT Sicherheit'], ['it-sicherheit']],
    [['', '!!!'], []],
    [[], []],
  ])('filters topics %j by their slugs %j, once each', (topics, expected) => {
    expect(searchIndexData(episode({ topics }), { artwork: '/artwork.jpg', t }).topics).toEqual(expected);
  });
});

describe('chapter starts travel with the search result', () => {
  it.each([
    [{ 'begrüßung-und-vorstellung': 5, fazit: 754 }, 'begrüßung-und-vorstellung t5 fazit t754'],
    [{ 'kurz-vor-schluss': 59.9 }, 'kurz-vor-schluss t59'],
    [{}, ''],
    [{ '': 5, 'mit leerzeichen': 3, negativ: -1, kaputt: Number.NaN, unendlich: Number.POSITIVE_INFINITY }, ''],
  ])('encodes %j as %j', (starts, encoded) => {
    expect(encodeChapterStarts(starts)).toBe(encoded);
  });

  it('decodes what it encoded', () => {
    const starts = { 'begrüßung-und-vorstellung': 5, 'vertrauen-gegenüber-dienstleistern': 103, fazit: 0 };
    expect(Object.fromEntries(decodeChapterStarts(encodeChapterStarts(starts)))).toEqual(starts);
  });

  it.each([
    [undefined],
    [''],
    ['   '],
    ['fazit'],
    ['fazit 754'],
    ['fazit t-5'],
    ['fazit t1e3'],
    ['{"fazit":754}'],
    ['<script>alert(1)</script> t5x'],
  ])('finds no starts in hostile text %j', (text) => {
    expect(decodeChapterStarts(text).size).toBe(0);
  });

  it('skips a broken pair and keeps the sound ones', () => {
    expect(Object.fromEntries(decodeChapterStarts('einstieg t5 kaputt tzehn fazit t754'))).toEqual({ einstieg: 5, fazit: 754 });
  });
});

describe('section links in results', () => {
  const starts = new Map([
    ['fazit', 754],
    ['begrüßung', 5],
  ]);

  it.each([
    ['/folgen/003-sla/', 'fazit', '/folgen/003-sla/?t=754#fazit'],
    ['/folgen/003-sla/', 'weiterfuehrende-links', '/folgen/003-sla/#weiterfuehrende-links'],
    ['/folgen/003-sla/', undefined, '/folgen/003-sla/'],
    ['/folgen/003-sla/', '', '/folgen/003-sla/'],
    ['/folgen/003-sla/', 'begrüßung', '/folgen/003-sla/?t=5#begr%C3%BC%C3%9Fung'],
    ['/folgen/003-sla/', 'a"><script>', '/folgen/003-sla/#a%22%3E%3Cscript%3E'],
    ['https://example.de/folgen/003-sla/', 'fazit', 'https://example.de/folgen/003-sla/?t=754#fazit'],
  ])('from %s to heading %j goes to %s', (page, anchor, href) => {
    expect(sectionHref(page, anchor, starts)).toBe(href);
  });
});

describe('filter choices on the search page', () => {
  it('offers every topic once, alphabetically, by slug, and the years newest first', () => {
    const options = searchFilterOptions([
      { data: { topics: ['Vertrauen', 'IT-Dienstleister'], published: new Date('2024-09-16T00:00:00Z') } },
      { data: { topics: ['IT Dienstleister', 'Ämter'], published: new Date('2023-01-02T00:00:00Z') } },
      { data: { topics: [], published: new Date('2024-01-01T00:00:00Z') } },
    ]);
    expect(options.topics).toEqual([
      { value: 'aemter', label: 'Ämter' },
      { value: 'it-dienstleister', label: 'IT-Dienstleister' },
      { value: 'vertrauen', label: 'Vertrauen' },
    ]);
    expect(options.years).toEqual(['2024', '2023']);
  });

  it('offers nothing when nothing is published', () => {
    expect(searchFilterOptions([])).toEqual({ topics: [], years: [] });
  });
});
