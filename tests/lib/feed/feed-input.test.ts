import { describe, expect, it } from 'vitest';
import { defaultCopyright } from '../../../src/lib/copyright';
import { feedInput, type FeedEpisode } from '../../../src/lib/feed/feed-input';
import { podcastGuid } from '../../../src/lib/feed/podcast-guid';
import { labels, sampleEpisode, sampleEpisodes, sampleSettings } from '../../support/feed-fixtures';

const input = (episodes: FeedEpisode[] = sampleEpisodes(2), settings = sampleSettings()) =>
  feedInput(settings, episodes, labels, 'content/settings.yaml');

describe('feed input from settings and episodes', () => {
  it('keeps every guid when titles and slugs change', () => {
    const before = input(sampleEpisodes(3)).items.map((item) => item.guid);
    const renamed = sampleEpisodes(3).map((episode) => ({
      ...episode,
      slug: `neu-${episode.slug}`,
      data: { ...episode.data, title: `Neuer Titel ${episode.slug}` },
    }));
    expect(input(renamed).items.map((item) => item.guid)).toEqual(before);
  });

  it('keeps every guid when the audio file or the episode number changes', () => {
    const before = input([sampleEpisode(4)]).items[0]!.guid;
    expect(input([sampleEpisode(4, { episode: 40 }, { url: '/audio/folge-4-neu.mp3' })]).items[0]!.guid).toBe(before);
  });

  it('gives 1,000 episodes 1,000 different guids', () => {
    expect(new Set(input(sampleEpisodes(1000)).items.map((item) => item.guid)).size).toBe(1000);
  });

  it('stops with both file names when two episodes without guid share a publication time', () => {
    const published = new Date('2024-05-01T22:00:00Z');
    const episodes = [sampleEpisode(2, { published }), sampleEpisode(1, { published, type: 'trailer' })];
    expect(() => input(episodes)).toThrow(
      /content\/episodes\/001-folge\.md: guid: ".*" is also the guid of content\/episodes\/002-folge\.md/,
    );
    expect(input([episodes[0]!, sampleEpisode(1, { published, guid: 'trailer-1' })]).items).toHaveLength(2);
  });

  it.each([
    ['/audio/Folge 1 – Grüße.mp3', 'https://podcast.example.de/audio/Folge%201%20%E2%80%93%20Gr%C3%BC%C3%9Fe.mp3'],
    ['/audio/folge%201.mp3', 'https://podcast.example.de/audio/folge%201.mp3'],
    ['https://cdn.example.de/ä ö.mp3', 'https://cdn.example.de/%C3%A4%20%C3%B6.mp3'],
  ])('percent-encodes the audio address %s once', (url, expected) => {
    expect(input([sampleEpisode(1, {}, { url })]).items[0]!.enclosure.url).toBe(expected);
  });

  it('points the HTML transcript of an untimed episode and the chapters at the episode page', () => {
    const episode = { ...sampleEpisode(1), chapters: [{ id: 'fazit', title: 'Fazit', start: 90 }] };
    const item = input([episode]).items[0]!;
    expect(item.transcripts).toEqual([{ url: 'https://podcast.example.de/folgen/001-folge/#transcript-heading', type: 'text/html' }]);
    expect(item.pscChapters).toEqual([{ start: 90, title: 'Fazit', href: 'https://podcast.example.de/folgen/001-folge/#fazit' }]);
    expect(item.contentHtml).toContain('01:30 <a href="https://podcast.example.de/folgen/001-folge/#fazit">Fazit</a>');
  });

  it('lists guests as podcast:person with role guest', () => {
    const item = input([
      sampleEpisode(1, { guests: [{ name: 'Katrin Albers', url: 'https://katrin.example.de/', image: '/gaeste/katrin.jpg' }] }),
    ]).items[0]!;
    expect(item.persons).toEqual([
      { name: 'Katrin Albers', role: 'guest', href: 'https://katrin.example.de/', img: 'https://podcast.example.de/gaeste/katrin.jpg' },
    ]);
  });

  it('derives the podcast guid from the feed address, the old one after a move, or the pinned one', () => {
    expect(input().channel.podcastGuid).toBe(podcastGuid('podcast.example.de/feed.xml'));
    const moved = input(undefined, sampleSettings({ previousFeedUrl: 'https://mp3s.nashownotes.com/pc20rss.xml' })).channel;
    expect(moved.podcastGuid).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810');
    expect(moved.newFeedUrl).toBe('https://podcast.example.de/feed.xml');
    const pinned = input(undefined, sampleSettings({ podcastGuid: 'c2a1e5a4-1111-4222-8333-444455556666' })).channel;
    expect(pinned.podcastGuid).toBe('c2a1e5a4-1111-4222-8333-444455556666');
  });

  it('writes itunes:new-feed-url only when the settings name a previous feed', () => {
    expect(input().channel.newFeedUrl).toBeUndefined();
  });

  it('names no funding unless the settings name some', () => {
    expect(input().channel.funding).toEqual([]);
  });

  it('sends funding where the settings say, a page of the site or another site', () => {
    const funding = [
      { url: '/togo/', label: 'Zeit-Pakete buchen' },
      { url: 'https://steady.example/klartext', label: 'Bei Steady unterstützen' },
    ];
    expect(input(undefined, sampleSettings({ funding })).channel.funding).toEqual([
      { url: 'https://podcast.example.de/togo/', label: 'Zeit-Pakete buchen' },
      { url: 'https://steady.example/klartext', label: 'Bei Steady unterstützen' },
    ]);
  });

  it.each([
    [['Technik'], 'content/settings.yaml: categories.0: "Technik" is not an Apple Podcasts category'],
    [['Technology', 'Business > Podcasting'], 'content/settings.yaml: categories.1: "Podcasting" is not a sub-category of "Business"'],
  ])('rejects categories %j naming the settings file and entry', (categories, message) => {
    expect(() => input(undefined, sampleSettings({ categories }))).toThrow(message);
  });

  it.each([
    [[], '© Oliver Hartmann'],
    [[sampleEpisode(1, { published: new Date('2024-12-31T23:30:00Z') })], '© 2025 Oliver Hartmann'],
    [
      [
        sampleEpisode(2, { published: new Date('2026-03-01T10:00:00Z') }),
        sampleEpisode(1, { published: new Date('2019-03-14T10:00:00Z') }),
      ],
      '© 2019–2026 Oliver Hartmann',
    ],
  ])('dates the copyright from the episodes, on the Berlin calendar (%#)', (episodes, expected) => {
    expect(defaultCopyright('Oliver Hartmann', episodes)).toBe(expected);
  });

  it('uses the copyright line from the settings when given', () => {
    expect(input(undefined, sampleSettings({ copyright: '© Klartext GmbH' })).channel.copyright).toBe('© Klartext GmbH');
  });
});
