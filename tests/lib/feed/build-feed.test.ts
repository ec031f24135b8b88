import partytime from 'podcast-partytime';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildFeed, type FeedItem } from '../../../src/lib/feed/build-feed';
import { feedInput } from '../../../src/lib/feed/feed-input';
import { checkFeed, parseXml } from '../../../quality/feed-check';
import { labels, sampleEpisode, sampleEpisodes, sampleSettings } from '../../support/feed-fixtures';

const feedOf = (episodes = sampleEpisodes(3), settings = sampleSettings()) =>
  feedInput(settings, episodes, labels, 'content/settings.yaml');

function withItem(changes: Partial<FeedItem>): string {
  const input = feedOf(sampleEpisodes(1));
  return buildFeed({ ...input, items: [{ ...input.items[0]!, ...changes }] });
}

describe('the podcast feed builder', () => {
  it('declares the itunes, podcast, content and atom namespaces', () => {
    const { namespaces } = parseXml(buildFeed(feedOf()));
    expect(namespaces).toMatchObject({
      itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
      podcast: 'https://podcastindex.org/namespace/1.0',
      content: 'http://purl.org/rss/1.0/modules/content/',
      atom: 'http://www.w3.org/2005/Atom',
    });
  });

  it.each([0, 1, 1000])('writes a valid feed with %i episodes, all of them read by podcast-partytime', (count) => {
    const xml = buildFeed(feedOf(sampleEpisodes(count)));
    expect(checkFeed(xml).problems).toEqual([]);
    expect(partytime.parseFeed(xml)?.items).toHaveLength(count);
  });

  it('lists every item newest first with duration, enclosure and numbers as given', () => {
    const parsed = partytime.parseFeed(buildFeed(feedOf(sampleEpisodes(3))))!;
    expect(
      parsed.items.map((item) => [item.title, item.duration, item.enclosure.length, item.itunesEpisode, item.podcastEpisode?.number]),
    ).toEqual([
      ['Folge 3', 1803, 1_000_003, 3, 3],
      ['Folge 2', 1802, 1_000_002, 2, 2],
      ['Folge 1', 1801, 1_000_001, 1, 1],
    ]);
  });

  const hostile = ['& < " \' ü 😀 ]]>', 'Folge <b>1</b> & "mehr"', 'am Ende ]]>', ']]>]]> doppelt', 'Grüße 😀 — „Zitat“'];

  function parsedItem(xml: string) {
    expect(checkFeed(xml).problems).toEqual([]);
    const raw = parseXml(xml).root!.children[0]!.children.find((node) => node.name === 'item')!;
    return {
      text: (name: string) => raw.children.find((node) => node.name === name)!.text,
      partytime: partytime.parseFeed(xml)!.items[0]!,
    };
  }

  it.each(hostile)('keeps the title %s unchanged through a parse round trip', (value) => {
    const item = parsedItem(buildFeed(feedOf([sampleEpisode(1, { title: value })])));
    expect(item.text('title')).toBe(value);
    expect(item.partytime.title).toBe(value);
  });

  it.each(hostile)('keeps the plain description %s unchanged through a parse round trip', (value) => {
    expect(parsedItem(buildFeed(feedOf([sampleEpisode(1, { summary: value })]))).text('description')).toBe(value);
  });

  it.each(hostile)('keeps show notes HTML containing %s unchanged through a parse round trip', (value) => {
    const contentHtml = `<p>${value}</p><script>alert("x")</script>`;
    const item = parsedItem(withItem({ contentHtml }));
    expect(item.text('content:encoded')).toBe(contentHtml);
    expect(item.partytime.content).toBe(contentHtml);
  });

  it('keeps channel text with special characters unchanged', () => {
    const title = 'Klartext & <IT> "ü" 😀 ]]>';
    const parsed = partytime.parseFeed(buildFeed(feedOf(sampleEpisodes(1), sampleSettings({ title, description: title }))))!;
    expect(parsed.title).toBe(title);
    expect(parsed.description).toBe(title);
  });

  it('writes a guid that looks like a number exactly as given', () => {
    const xml = buildFeed(feedOf([sampleEpisode(1, { guid: '0815' })]));
    expect(xml).toContain('<guid isPermaLink="false">0815</guid>');
    expect(parsedItem(xml).text('guid')).toBe('0815');
  });

  it('writes transcripts with type, rel and language', () => {
    const xml = withItem({
      transcripts: [
        { url: 'https://x.de/folgen/1/#transcript-heading', type: 'text/html' },
        { url: 'https://x.de/t/1.vtt', type: 'text/vtt', rel: 'captions', language: 'de' },
      ],
    });
    expect(xml).toContain('<podcast:transcript url="https://x.de/folgen/1/#transcript-heading" type="text/html"/>');
    expect(xml).toContain('<podcast:transcript url="https://x.de/t/1.vtt" type="text/vtt" language="de" rel="captions"/>');
    expect(partytime.parseFeed(xml)!.items[0]!.podcastTranscripts?.map((transcript) => transcript.type)).toEqual(['text/html', 'text/vtt']);
    expect(checkFeed(xml).problems).toEqual([]);
  });

  it('writes a podcast:chapters file reference', () => {
    const xml = withItem({ chapters: { url: 'https://x.de/kapitel/1.json', type: 'application/json+chapters' } });
    expect(xml).toContain('<podcast:chapters url="https://x.de/kapitel/1.json" type="application/json+chapters"/>');
    expect(partytime.parseFeed(xml)!.items[0]!.podcastChapters?.url).toBe('https://x.de/kapitel/1.json');
    expect(checkFeed(xml).problems).toEqual([]);
  });

  it('writes Podlove Simple Chapters inline and declares their namespace only then', () => {
    expect(withItem({ pscChapters: [] })).not.toContain('xmlns:psc');
    const xml = withItem({
      pscChapters: [
        { start: 5, title: 'Begrüßung & "Start"' },
        { start: 3725, title: 'Fazit', href: 'https://x.de/#fazit' },
      ],
    });
    expect(xml).toContain('xmlns:psc="http://podlove.org/simple-chapters"');
    expect(xml).toContain('<psc:chapters version="1.2">');
    expect(xml).toContain('<psc:chapter start="00:00:05" title="Begrüßung &amp; &quot;Start&quot;"/>');
    expect(xml).toContain('<psc:chapter start="01:02:05" title="Fazit" href="https://x.de/#fazit"/>');
    expect(checkFeed(xml).problems).toEqual([]);
  });

  it('writes an episode image, season and type only when the episode has them', () => {
    const bare = withItem({ imageUrl: undefined, season: undefined, episode: undefined, episodeType: 'trailer' });
    expect(bare).not.toMatch(/itunes:season|podcast:season|itunes:episode>|<itunes:image href="https:\/\/x/);
    const full = withItem({ imageUrl: 'https://x.de/folge.png' });
    expect(full).toContain('<itunes:image href="https://x.de/folge.png"/>');
  });

  describe('reproducibility', () => {
    afterEach(() => vi.useRealTimers());

    it('gives identical bytes for the same content at different build times', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
      const first = buildFeed(feedOf());
      vi.setSystemTime(new Date('2031-06-30T12:34:56Z'));
      expect(buildFeed(feedOf())).toBe(first);
    });
  });
});
