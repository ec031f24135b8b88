import partytime from 'podcast-partytime';
import { parseFeed, type RssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../../src/lib/feed/build-feed';
import { feedInput, type FeedEpisode } from '../../../src/lib/feed/feed-input';
import { checkFeed } from '../../../quality/feed-check';
import { labels, sampleEpisode, sampleSettings } from '../../support/feed-fixtures';

/**
 * What an imported episode kept from its old feed, the new feed says again:
 * two independent parsers read it back as the old feed had it.
 */

type Settings = ReturnType<typeof sampleSettings>;

function feedWith(episode: FeedEpisode, settings: Settings = sampleSettings()) {
  const xml = buildFeed(feedInput(settings, [episode], labels, 'content/settings.yaml'));
  expect(checkFeed(xml).problems).toEqual([]);
  const { feed } = parseFeed(xml) as { feed: RssFeed.Feed<string> };
  return { xml, feedsmith: feed, item: feed.items![0]!, partytime: partytime.parseFeed(xml)! };
}

const imported = (data: Partial<FeedEpisode['data']>, audio: Partial<FeedEpisode['audio']> = {}) =>
  sampleEpisode(7, { guid: 'https://old.example.com/?p=7', ...data }, { url: 'https://cdn.example.com/7.mp3', ...audio });

describe('tags kept from an old feed', () => {
  it.each([
    ['omitted', undefined, /<guid>https:\/\/old\.example\.com\/\?p=7<\/guid>/],
    [true, true, /<guid isPermaLink="true">/],
    [false, false, /<guid isPermaLink="false">/],
  ] as const)('writes a guid kept with isPermaLink %s as the old feed did', (kept, parsed, written) => {
    const { xml, item } = feedWith(imported({ guidIsPermaLink: kept }));
    expect(xml).toMatch(written);
    expect(item.guid).toEqual({ value: 'https://old.example.com/?p=7', ...(parsed !== undefined && { isPermaLink: parsed }) });
  });

  it('marks guids the site makes, and kept ones without a mark, as no permalink', () => {
    expect(feedWith(sampleEpisode(7)).item.guid?.isPermaLink).toBe(false);
    expect(feedWith(imported({})).item.guid?.isPermaLink).toBe(false);
  });

  it('keeps a size of 0 and plain http audio exactly', () => {
    const { item } = feedWith(imported({}, { url: 'http://cdn.example.com/7%3D%3D.mp3?a=1&b=2', bytes: 0 }));
    expect(item.enclosures).toEqual([{ url: 'http://cdn.example.com/7%3D%3D.mp3?a=1&b=2', length: 0, type: 'audio/mpeg' }]);
  });

  it('writes the numbered <title> beside the clean itunes:title', () => {
    const { item, partytime: parsed } = feedWith(imported({ title: 'Hot Box With Knobs', feedTitle: '254: Hot Box With Knobs' }));
    expect([item.title, item.itunes?.title]).toEqual(['254: Hot Box With Knobs', 'Hot Box With Knobs']);
    expect(parsed.items[0]!.title).toBe('254: Hot Box With Knobs');
  });

  it('writes the season name and a decimal podcast:episode with its display text', () => {
    const { item } = feedWith(
      imported({
        episode: 204,
        season: 3,
        podcast: { seasonName: 'Die <Anfänge> & mehr', episode: { number: 204.5, display: 'Ep. 204½' } },
      }),
    );
    expect(item.podcast?.season).toEqual({ number: 3, name: 'Die <Anfänge> & mehr' });
    expect(item.podcast?.episode).toEqual({ number: 204.5, display: 'Ep. 204½' });
    expect(item.itunes?.episode).toBe(204);
  });

  it('writes kept people, sound bites and alternate enclosures as the old feed had them', () => {
    const podcast = {
      persons: [
        { name: 'Ana "Dev" <Ops>', role: 'guest', group: 'cast', href: 'https://ana.example/ü', img: 'https://cdn.example/a b.jpg' },
      ],
      soundbites: [{ start: 73.5, duration: 60, title: 'Das & das' }],
      alternateEnclosures: [
        {
          type: 'audio/opus',
          length: 3_000_000,
          bitrate: 64000.5,
          title: 'Opus',
          default: false,
          sources: [{ uri: 'https://cdn.example/7.opus' }, { uri: 'ipfs://QmX', contentType: 'audio/opus' }],
          integrity: { type: 'sri', value: 'sha384-abc' },
        },
      ],
    };
    const { item, partytime: parsed } = feedWith(imported({ podcast }));
    expect(item.podcast?.persons).toEqual([
      {
        display: 'Ana "Dev" <Ops>',
        role: 'guest',
        group: 'cast',
        href: 'https://ana.example/%C3%BC',
        img: 'https://cdn.example/a%20b.jpg',
      },
    ]);
    expect(item.podcast?.soundbites).toEqual([{ startTime: 73.5, duration: 60, display: 'Das & das' }]);
    expect(item.podcast?.alternateEnclosures).toEqual([
      {
        type: 'audio/opus',
        length: 3_000_000,
        bitrate: 64000.5,
        title: 'Opus',
        default: false,
        sources: [{ uri: 'https://cdn.example/7.opus' }, { uri: 'ipfs://QmX', contentType: 'audio/opus' }],
        integrity: { type: 'sri', value: 'sha384-abc' },
      },
    ]);
    expect(parsed.items[0]!.podcastSoundbites).toHaveLength(1);
  });

  it('writes kept transcripts and, while the episode has no chapters of its own, the kept chapters file', () => {
    const podcast = {
      transcripts: [{ url: 'https://old.example.com/7.html', type: 'text/html', language: 'pt-BR' }],
      chapters: { url: 'https://old.example.com/7.json', type: 'application/json+chapters' },
    };
    const { item } = feedWith(imported({ notesOnly: true, podcast }));
    expect(item.podcast?.transcripts).toEqual([{ url: 'https://old.example.com/7.html', type: 'text/html', language: 'pt-BR' }]);
    expect(item.podcast?.chapters).toEqual({ url: 'https://old.example.com/7.json', type: 'application/json+chapters' });
    const own = feedWith({ ...imported({ notesOnly: true, podcast }), chapters: [{ id: 'intro', title: 'Intro', start: 0 }] }).item;
    expect(own.podcast?.chapters?.url).toBe('https://podcast.example.de/folgen/007-folge/chapters.json');
  });

  it('claims no transcript for show notes: no transcript tag, no transcript link', () => {
    const { item } = feedWith({ ...imported({ notesOnly: true }), hasTimedText: true });
    expect(item.podcast?.transcripts).toBeUndefined();
    expect(item.content?.encoded).not.toMatch(/transcript|Transkript/i);
  });

  it('writes the podcast language as given, locked as set, and the kept channel tags', () => {
    const settings = sampleSettings({
      language: 'pt-BR',
      locked: false,
      persons: [
        { name: 'Rita', role: 'host', img: 'https://cdn.example/r.jpg' },
        { name: 'Zé', role: 'producer', group: 'audio post-production' },
      ],
      value: [
        {
          type: 'lightning',
          method: 'keysend',
          suggested: 0.00000005,
          recipients: [
            { name: 'Rita', type: 'node', address: '02d5c1', split: 99, customKey: '696969', customValue: 'eChoVKtO1KujpAA5HCoB' },
            { type: 'node', address: '03ae9f', split: 1, fee: true },
          ],
        },
      ],
      txt: [{ text: 'naj3eEZaWVVY9a38uhX8FekACyhtqP4JN', purpose: 'verify' }],
    });
    const { xml, feedsmith } = feedWith(imported({}), settings);
    expect(feedsmith.language).toBe('pt-BR');
    expect(feedsmith.podcast?.locked).toEqual({ value: false, owner: 'podcast@example.de' });
    expect(feedsmith.podcast?.persons?.map((person) => person.display)).toEqual(['Rita', 'Zé']);
    expect(xml).toContain('suggested="0.00000005"');
    expect(feedsmith.podcast?.values?.[0]?.valueRecipients).toHaveLength(2);
    expect(feedsmith.podcast?.txts).toEqual([{ display: 'naj3eEZaWVVY9a38uhX8FekACyhtqP4JN', purpose: 'verify' }]);
  });
});
