import partytime from 'podcast-partytime';
import { parseFeed, type RssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../../src/lib/feed/build-feed';
import { feedInput, type FeedEpisode } from '../../../src/lib/feed/feed-input';
import { checkFeed } from '../../../quality/feed-check';
import { labels, sampleEpisode, sampleEpisodes, sampleSettings } from '../../support/feed-fixtures';

/**
 * The tags podcast apps read beyond Apple's required ones: each appears when
 * its setting or frontmatter field is set, and only then, and the Podcast
 * Index's parser (podcast-partytime) reads it back as written. podcast:image and
 * podcast:updateFrequency are read back with feedsmith: partytime 5 does not read them.
 */

type Settings = ReturnType<typeof sampleSettings>;

function feedOf(episodes: FeedEpisode[] = sampleEpisodes(2), settings: Settings = sampleSettings()) {
  const xml = buildFeed(feedInput(settings, episodes, labels, 'content/settings.yaml'));
  expect(checkFeed(xml).problems).toEqual([]);
  const { feed } = parseFeed(xml) as { feed: RssFeed.Feed<string> };
  return { xml, feedsmith: feed, partytime: partytime.parseFeed(xml)! };
}

const plain = feedOf();

const HOSTILE = 'Klartext & <IT> "Spezial" 😀 ]]> \u05e2\u05d1\u05e8\u05d9\u05ea';

describe('feed tags apps read', () => {
  it('writes none of the optional tags when nothing is set', () => {
    for (const tag of [
      'podcast:txt',
      'podcast:trailer',
      'podcast:license',
      'podcast:updateFrequency',
      'podcast:podroll',
      'podcast:socialInteract',
      'itunes:complete',
    ])
      expect(plain.xml, tag).not.toContain(`<${tag}`);
    expect(plain.partytime.podcastTxt).toBeUndefined();
    expect(plain.partytime.trailers).toBeUndefined();
    expect(plain.partytime.license).toBeUndefined();
    expect(plain.partytime.podroll).toBeUndefined();
    expect(plain.partytime.itunesComplete).toBe(false);
  });

  it('writes Apple’s verification code as podcast:txt purpose="applepodcastsverify" beside free text', () => {
    const settings = sampleSettings({
      applePodcastsVerify: 'a1B2-c3D4',
      txt: [{ text: 'S6lpp-7ZCn8 & <frei>', purpose: 'verify' }, { text: 'nur Text' }],
    });
    const { xml, partytime: parsed } = feedOf(undefined, settings);
    expect(xml).toContain('<podcast:txt purpose="applepodcastsverify">a1B2-c3D4</podcast:txt>');
    expect(parsed.podcastTxt).toEqual([
      { value: 'S6lpp-7ZCn8 & <frei>', purpose: 'verify' },
      { value: 'nur Text' },
      { value: 'a1B2-c3D4', purpose: 'applepodcastsverify' },
    ]);
  });

  it('keeps a code of digits as written (podcast-partytime 5 reads numeric text as empty, so feedsmith reads it back)', () => {
    const { xml, feedsmith } = feedOf(undefined, sampleSettings({ applePodcastsVerify: '05124' }));
    expect(xml).toContain('<podcast:txt purpose="applepodcastsverify">05124</podcast:txt>');
    expect(feedsmith.podcast?.txts).toEqual([{ display: '05124', purpose: 'applepodcastsverify' }]);
  });

  it('announces every published trailer in the channel with its audio, date, size, type and season', () => {
    const trailer = sampleEpisode(0, { title: HOSTILE, type: 'trailer', episode: undefined, season: 2 }, { bytes: 12345 });
    const { partytime: parsed } = feedOf([sampleEpisode(1), trailer]);
    expect(parsed.trailers).toEqual([
      {
        title: HOSTILE,
        url: 'https://podcast.example.de/audio/000-folge.mp3',
        pubdate: trailer.data.published,
        length: 12345,
        type: 'audio/mpeg',
        season: 2,
      },
    ]);
  });

  it('shortens a trailer title over 128 characters for the trailer tag only', () => {
    const title = `${'Ä'.repeat(127)}😀😀`;
    const { partytime: parsed } = feedOf([sampleEpisode(0, { title, type: 'trailer', episode: undefined })]);
    // podcast-partytime reads the title, though its type leaves it out.
    const [trailer] = parsed.trailers as unknown as { title: string }[];
    expect(Array.from(trailer!.title)).toHaveLength(128);
    expect(trailer!.title).toBe(`${'Ä'.repeat(127)}…`);
    expect(parsed.items[0]!.title).toBe(title);
  });

  it('marks the artwork and the 1200×630 share image for what apps may use them, for the show and each episode', () => {
    const { feedsmith } = feedOf([sampleEpisode(1, { image: '/images/folge 1.png' })], sampleSettings({ title: HOSTILE }));
    expect(feedsmith.podcast?.images).toEqual([
      { href: 'https://podcast.example.de/artwork.jpg', alt: HOSTILE, aspectRatio: '1/1', purpose: 'artwork' },
      {
        href: 'https://podcast.example.de/og/site.png',
        alt: HOSTILE,
        aspectRatio: '1200/630',
        width: 1200,
        height: 630,
        type: 'image/png',
        purpose: 'social',
      },
    ]);
    expect(feedsmith.items![0]!.podcast?.images?.map((image) => [image.href, image.purpose])).toEqual([
      ['https://podcast.example.de/images/folge%201.png', 'artwork'],
      ['https://podcast.example.de/og/001-folge.png', 'social'],
    ]);
    expect(plain.feedsmith.items![0]!.podcast?.images?.map((image) => image.purpose)).toEqual(['social']);
  });

  it.each([
    [
      'an SPDX identifier in any case, written as SPDX spells it',
      { license: 'cc-by-nc-nd-4.0' },
      'CC-BY-NC-ND-4.0',
      'https://spdx.org/licenses/CC-BY-NC-ND-4.0.html',
    ],
    [
      'a license of its own with the address of its text',
      { license: 'Klartext <Lizenz> & mehr', licenseUrl: 'https://podcast.example.de/lizenz/ä' },
      'Klartext <Lizenz> & mehr',
      'https://podcast.example.de/lizenz/%C3%A4',
    ],
  ])('writes podcast:license for %s', (_, setting, identifier, url) => {
    expect(feedOf(undefined, sampleSettings(setting)).partytime.license).toEqual({ identifier, url });
  });

  it('writes the release schedule in words and as a recurrence rule', () => {
    const updateFrequency = {
      text: 'Alle zwei Wochen & "montags"',
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=10',
      dtstart: '2024-01-08',
    };
    const { xml, feedsmith } = feedOf(undefined, sampleSettings({ updateFrequency }));
    expect(xml).toContain(
      '<podcast:updateFrequency dtstart="2024-01-08" rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=10">Alle zwei Wochen &amp; &quot;montags&quot;</podcast:updateFrequency>',
    );
    expect(feedsmith.podcast?.updateFrequency).toMatchObject({ display: updateFrequency.text, rrule: updateFrequency.rrule });
  });

  it('says itunes:complete and updateFrequency complete="true" once no further episodes will come', () => {
    const {
      xml,
      feedsmith,
      partytime: parsed,
    } = feedOf(undefined, sampleSettings({ complete: true, updateFrequency: { text: 'Abgeschlossen' } }));
    expect(xml).toContain('<itunes:complete>Yes</itunes:complete>');
    expect(parsed.itunesComplete).toBe(true);
    expect(feedsmith.podcast?.updateFrequency).toMatchObject({ display: 'Abgeschlossen', complete: true });
  });

  it('writes the podroll with each recommended show’s guid, feed and title', () => {
    const podroll = [
      { title: HOSTILE, feedGuid: '917393e3-1b1e-5cef-ace4-edaa54e1f810', feedUrl: 'https://feeds.example.org/pc20 ü.xml' },
      { title: 'Nur die Guid', feedGuid: '29CDCA4A-32D8-56BA-B48B-09A011C5DAA9' },
    ];
    const { partytime: parsed } = feedOf(undefined, sampleSettings({ podroll }));
    expect(parsed.podroll).toEqual([
      { feedGuid: '917393e3-1b1e-5cef-ace4-edaa54e1f810', feedUrl: 'https://feeds.example.org/pc20%20%C3%BC.xml', title: HOSTILE },
      { feedGuid: '29cdca4a-32d8-56ba-b48b-09a011c5daa9', title: 'Nur die Guid' },
    ]);
  });

  it('names the ActivityPub post of an episode as its comment thread, with the account', () => {
    const episode = sampleEpisode(2, { fediverse: 'https://social.example.de/@klartext/113456789' });
    const { partytime: parsed } = feedOf([episode, sampleEpisode(1)]);
    expect(parsed.items[0]!.podcastSocialInteraction).toEqual([
      {
        platform: 'activitypub',
        url: 'https://social.example.de/@klartext/113456789',
        id: '@klartext@social.example.de',
        profileUrl: 'https://social.example.de/@klartext',
      },
    ]);
    expect(parsed.items[1]!.podcastSocialInteraction).toBeUndefined();
  });

  it('leaves the owner e-mail out of itunes:owner and podcast:locked once the show is verified', () => {
    const owner = { name: 'Oliver Hartmann', email: 'podcast@example.de', emailInFeed: false };
    const { xml, feedsmith } = feedOf(undefined, sampleSettings({ owner }));
    expect(xml).not.toContain('podcast@example.de');
    expect(feedsmith.itunes?.owner).toEqual({ name: 'Oliver Hartmann' });
    expect(feedsmith.podcast?.locked).toEqual({ value: true });
    expect(plain.feedsmith.itunes?.owner).toEqual({ name: 'Oliver Hartmann', email: 'podcast@example.de' });
  });
});

describe('download statistics', () => {
  it.each([
    [{ prefix: 'https://op3.dev/e/' }, 'https://op3.dev/e/podcast.example.de/audio/00%20x.mp3'],
    [{ prefix: 'https://op3.dev/e/', withScheme: true }, 'https://op3.dev/e/https://podcast.example.de/audio/00%20x.mp3'],
    [{ prefix: 'https://dts.podtrac.com/redirect.mp3/' }, 'https://dts.podtrac.com/redirect.mp3/podcast.example.de/audio/00%20x.mp3'],
  ])('prefixes every enclosure and trailer with %o, and nothing else', (downloadStatistics, url) => {
    const episodes = [
      sampleEpisode(1, {}, { url: '/audio/00 x.mp3' }),
      sampleEpisode(0, { type: 'trailer', episode: undefined }, { url: '/audio/00 x.mp3' }),
    ];
    const { xml, partytime: parsed } = feedOf(episodes, sampleSettings({ downloadStatistics }));
    expect(parsed.items.map((item) => item.enclosure.url)).toEqual([url, url]);
    expect(parsed.trailers?.map((trailer) => trailer.url)).toEqual([url]);
    expect(xml).not.toMatch(/https:\/\/podcast\.example\.de\/audio\/00%20x\.mp3"(?! )/);
    expect(xml).toContain('<link>https://podcast.example.de/folgen/001-folge/</link>');
  });

  it('keeps audio hosted elsewhere and imported http audio behind the prefix', () => {
    const episodes = [sampleEpisode(1, {}, { url: 'http://cdn.example.com/7%3D.mp3?a=1&b=2' })];
    const { partytime: parsed } = feedOf(episodes, sampleSettings({ downloadStatistics: { prefix: 'https://op3.dev/e/' } }));
    expect(parsed.items[0]!.enclosure.url).toBe('https://op3.dev/e/cdn.example.com/7%3D.mp3?a=1&b=2');
  });
});
