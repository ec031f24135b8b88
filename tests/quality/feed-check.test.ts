import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../src/lib/feed/build-feed';
import { feedInput } from '../../src/lib/feed/feed-input';
import { checkFeed, formatProblem } from '../../quality/feed-check';
import { labels, sampleEpisode, sampleEpisodes, sampleSettings } from '../support/feed-fixtures';
import { jpegHeader, pngHeader } from '../support/image-bytes';

/** A valid two-episode feed (Folge 2 first); each case breaks one thing in it, the first match of a tag being Folge 2's. */
const valid = buildFeed(feedInput(sampleSettings(), sampleEpisodes(2), labels, 'content/settings.yaml'));

describe('the feed check', () => {
  it('passes a valid feed', () => {
    expect(checkFeed(valid)).toEqual({ problems: [], warnings: [], episodes: 2 });
  });

  it.each([
    ['xml-well-formed', 'feed', (xml: string) => xml.replace('</channel>', '')],
    ['xml-namespaces', 'feed', (xml: string) => xml.replace(/ xmlns:content="[^"]+"/, '')],
    [
      'xml-namespaces',
      'feed',
      (xml: string) => xml.replace('xmlns:atom="http://www.w3.org/2005/Atom"', 'xmlns:atom="http://example.org/atom" xmlns:x="y"'),
    ],
    ['rss-2', 'feed', (xml: string) => xml.replace('version="2.0"', 'version="0.91"')],
    ['channel-title', 'channel', (xml: string) => xml.replace('<title>Klartext IT</title>', '<title> </title>')],
    ['channel-link', 'channel', (xml: string) => xml.replace('<link>https://podcast.example.de/</link>', '<link/>')],
    [
      'channel-description',
      'channel',
      (xml: string) => xml.replace(/<description>Ein Podcast[^<]+<\/description>/, `<description>${'x'.repeat(4001)}</description>`),
    ],
    ['channel-language', 'channel', (xml: string) => xml.replace('<language>de</language>', '')],
    ['channel-self-link', 'channel', (xml: string) => xml.replace('rel="self"', 'rel="alternate"')],
    [
      'channel-image',
      'channel',
      (xml: string) => xml.replace('<itunes:image href="https://podcast.example.de/artwork.jpg"/>', '<itunes:image href="/artwork.webp"/>'),
    ],
    ['channel-category', 'channel', (xml: string) => xml.replace('text="Technology"', 'text="Technik"')],
    ['channel-category', 'channel', (xml: string) => xml.replace('text="Technology"', 'text="technology"')],
    ['channel-category', 'channel', (xml: string) => xml.replace(/ *<itunes:category[\s\S]*<itunes:category text="Technology"\/>\n/, '')],
    [
      'channel-explicit',
      'channel',
      (xml: string) => xml.replace('<itunes:explicit>false</itunes:explicit>', '<itunes:explicit>no</itunes:explicit>'),
    ],
    ['channel-author', 'channel', (xml: string) => xml.replace(/<itunes:author>[^<]+<\/itunes:author>/, '')],
    [
      'channel-owner',
      'channel',
      (xml: string) => xml.replace('<itunes:email>podcast@example.de</itunes:email>', '<itunes:email>niemand</itunes:email>'),
    ],
    ['channel-type', 'channel', (xml: string) => xml.replace('<itunes:type>episodic</itunes:type>', '<itunes:type>weekly</itunes:type>')],
    ['channel-podcast-guid', 'channel', (xml: string) => xml.replace(/<podcast:guid>[^<]+/, '<podcast:guid>klartext-it')],
    ['channel-locked', 'channel', (xml: string) => xml.replace(/(<podcast:locked owner="[^"]+">)yes/, '$1ja')],
    ['channel-locked', 'channel', (xml: string) => xml.replace(/<podcast:locked[^>]*>yes<\/podcast:locked>/, '')],
    ['channel-complete', 'channel', (xml: string) => xml.replace('<itunes:type>', '<itunes:complete>yes</itunes:complete><itunes:type>')],
    ['item-title', 'episode #1 (no title)', (xml: string) => xml.replace('<title>Folge 2</title>', '<title></title>')],
    ['item-guid', 'episode "Folge 2"', (xml: string) => xml.replace(/<guid isPermaLink="false">[^<]+<\/guid>/, '')],
    ['item-guid', 'episode "Folge 2"', (xml: string) => xml.replace(/<guid isPermaLink="false">/, '<guid isPermaLink="ja">')],
    [
      'item-guid-unique',
      'episode "Folge 1"',
      (xml: string) => xml.replace(/<guid isPermaLink="false">[^<]+<\/guid>/g, '<guid isPermaLink="false">gleich</guid>'),
    ],
    ['item-pubdate', 'episode "Folge 2"', (xml: string) => xml.replace(/<pubDate>[^<]+</, '<pubDate>2020-01-15<')],
    ['item-enclosure', 'episode "Folge 2"', (xml: string) => xml.replace(/<enclosure [^>]+>/, '')],
    ['item-enclosure', 'episode "Folge 2"', (xml: string) => xml.replace('audio/002-folge.mp3', 'audio/002 folge ü.mp3')],
    ['item-enclosure', 'episode "Folge 2"', (xml: string) => xml.replace('length="1000002"', 'length="-1"')],
    ['item-enclosure', 'episode "Folge 2"', (xml: string) => xml.replace('length="1000002"', 'length="1,5 MB"')],
    ['item-enclosure', 'episode "Folge 2"', (xml: string) => xml.replace('type="audio/mpeg"', 'type="text/html"')],
    ['item-duration', 'episode "Folge 2"', (xml: string) => xml.replace('<itunes:duration>1802<', '<itunes:duration>30:02<')],
    ['item-episode-type', 'episode "Folge 2"', (xml: string) => xml.replace('<itunes:episodeType>full<', '<itunes:episodeType>normal<')],
    ['item-episode-number', 'episode "Folge 2"', (xml: string) => xml.replace('<itunes:episode>2<', '<itunes:episode>zwei<')],
    [
      'item-episode-number',
      'episode "Folge 2"',
      (xml: string) => xml.replace('<itunes:episode>2</itunes:episode>', '').replace('<itunes:type>episodic', '<itunes:type>serial'),
    ],
    [
      'item-explicit',
      'episode "Folge 2"',
      (xml: string) => xml.replace(/<itunes:explicit>false<\/itunes:explicit>\n {6}/, '<itunes:explicit>ja</itunes:explicit>\n      '),
    ],
    ['item-description', 'episode "Folge 2"', (xml: string) => xml.replace(/<description>Worum[^<]+<\/description>/, '<description/>')],
    ['items-newest-first', 'episode "Folge 1"', (xml: string) => xml.replace('Wed, 08 Jan 2020', 'Wed, 08 Jan 2031')],
    [
      'partytime-podcast-tags',
      'feed',
      (xml: string) => xml.replace('<podcast:medium>', '<podcast:unbekannt>x</podcast:unbekannt>\n    <podcast:medium>'),
    ],
  ])('rule %s names %s', (rule, where, breakIt) => {
    const broken = breakIt(valid);
    expect(broken).not.toBe(valid);
    const { problems } = checkFeed(broken);
    expect(problems.map((problem) => [problem.where, problem.rule])).toContainEqual([where, rule]);
  });

  it.each([
    ['a guid without isPermaLink', (xml: string) => xml.replace(/<guid isPermaLink="false">/, '<guid>')],
    ['a guid marked as permalink', (xml: string) => xml.replace(/<guid isPermaLink="false">/, '<guid isPermaLink="true">')],
    ['an enclosure length of 0', (xml: string) => xml.replace('length="1000002"', 'length="0"')],
    [
      'no owner e-mail once the show is verified',
      (xml: string) => xml.replace(/<itunes:email>[^<]+<\/itunes:email>/, '').replace(/<podcast:locked owner="[^"]+">/, '<podcast:locked>'),
    ],
    [
      'plain http audio',
      (xml: string) => xml.replace('https://podcast.example.de/audio/002-folge.mp3', 'http://media.example.com/002.mp3'),
    ],
  ])('passes %s, as imported episodes keep them from their old feed', (_, change) => {
    const changed = change(valid);
    expect(changed).not.toBe(valid);
    expect(checkFeed(changed).problems).toEqual([]);
  });

  it('formats a problem as place, rule and explanation', () => {
    expect(
      formatProblem({
        where: 'episode "Folge 2"',
        rule: 'item-duration',
        message: 'itunes:duration must be whole seconds (found "30:02")',
      }),
    ).toBe('episode "Folge 2": [item-duration] itunes:duration must be whole seconds (found "30:02")');
  });
});

/** A valid feed with every tag the site can write for apps; each case breaks one against the namespace's rules. */
const rich = buildFeed(
  feedInput(
    sampleSettings({
      applePodcastsVerify: 'a1B2-c3D4',
      license: 'CC-BY-4.0',
      updateFrequency: { text: 'Alle zwei Wochen', rrule: 'FREQ=WEEKLY;INTERVAL=2' },
      podroll: [{ title: 'Betriebsklima', feedGuid: '917393e3-1b1e-5cef-ace4-edaa54e1f810' }],
    }),
    [
      sampleEpisode(2, { fediverse: 'https://social.example.de/@klartext/1' }),
      sampleEpisode(1, { type: 'trailer', episode: undefined, title: 'Der Trailer' }),
    ],
    labels,
    'content/settings.yaml',
  ),
);

describe('the feed check against the Podcasting 2.0 namespace', () => {
  it('passes a feed with every tag the site writes', () => {
    expect(checkFeed(rich).problems).toEqual([]);
  });

  it.each([
    ['podcast-trailer', 'channel', (xml: string) => xml.replace(/ pubdate="[^"]+"/, '')],
    [
      'podcast-trailer',
      'channel',
      (xml: string) => xml.replace(/>Der Trailer<\/podcast:trailer>/, `>${'x'.repeat(129)}</podcast:trailer>`),
    ],
    ['podcast-trailer', 'channel', (xml: string) => xml.replace(/(<podcast:trailer[^>]*) url="[^"]+"/, '$1 url="/audio/trailer.mp3"')],
    ['podcast-license', 'channel', (xml: string) => xml.replace('>CC-BY-4.0<', '>meine-lizenz<')],
    [
      'podcast-license',
      'channel',
      (xml: string) => xml.replace('<podcast:license>', '<podcast:license>MIT</podcast:license><podcast:license>'),
    ],
    ['podcast-updateFrequency', 'channel', (xml: string) => xml.replace('FREQ=WEEKLY;INTERVAL=2', 'FREQ=FORTNIGHTLY')],
    ['podcast-updateFrequency', 'channel', (xml: string) => xml.replace('FREQ=WEEKLY;INTERVAL=2', 'FREQ=WEEKLY;COUNT=10')],
    [
      'podcast-updateFrequency',
      'channel',
      (xml: string) => xml.replace('<podcast:updateFrequency ', '<podcast:updateFrequency complete="ja" '),
    ],
    [
      'podcast-podroll',
      'channel',
      (xml: string) => xml.replace(/<podcast:podroll>[\s\S]*<\/podcast:podroll>/, '<podcast:podroll></podcast:podroll>'),
    ],
    ['podcast-remoteItem', 'channel', (xml: string) => xml.replace(/feedGuid="[^"]+"/, 'feedGuid="betriebsklima"')],
    ['podcast-txt', 'channel', (xml: string) => xml.replace('purpose="applepodcastsverify"', `purpose="${'p'.repeat(129)}"`)],
    ['podcast-image', 'channel', (xml: string) => xml.replace('width="1200"', 'width="breit"')],
    ['podcast-image', 'channel', (xml: string) => xml.replace('aspect-ratio="1/1"', 'aspect-ratio="quadratisch"')],
    ['podcast-image', 'channel', (xml: string) => xml.replace(/<podcast:image href="[^"]+"/, '<podcast:image href="og/site.png"')],
    [
      'podcast-guid',
      'episode "Folge 2"',
      (xml: string) =>
        xml.replace('<podcast:socialInteract', '<podcast:guid>917393e3-1b1e-5cef-ace4-edaa54e1f810</podcast:guid><podcast:socialInteract'),
    ],
    ['podcast-socialInteract', 'episode "Folge 2"', (xml: string) => xml.replace('protocol="activitypub"', 'protocol="mastodon"')],
    ['podcast-socialInteract', 'episode "Folge 2"', (xml: string) => xml.replace(/ uri="[^"]+"/, '')],
    ['podcast-season', 'episode "Folge 2"', (xml: string) => xml.replace('<podcast:season>1<', '<podcast:season>eins<')],
    ['podcast-unbekannt', 'channel', (xml: string) => xml.replace('<podcast:medium>', '<podcast:unbekannt/><podcast:medium>')],
  ])('rule %s names %s', (rule, where, breakIt) => {
    const broken = breakIt(rich);
    expect(broken).not.toBe(rich);
    expect(checkFeed(broken).problems.map((problem) => [problem.where, problem.rule])).toContainEqual([where, rule]);
  });
});

describe('the feed check reads the site’s own files', () => {
  const files = (entries: Record<string, Uint8Array>) => ({ readSiteFile: (path: string) => entries[path] });

  it.each([
    ['an RGB JPEG named .jpg', { '/artwork.jpg': jpegHeader(3) }, []],
    [
      'a CMYK JPEG',
      { '/artwork.jpg': jpegHeader(4) },
      ['https://podcast.example.de/artwork.jpg is in CMYK; Apple Podcasts expects RGB colours (save it as sRGB)'],
    ],
    [
      'a greyscale PNG named .jpg',
      { '/artwork.jpg': pngHeader(0) },
      [
        'https://podcast.example.de/artwork.jpg is in greyscale; Apple Podcasts expects RGB colours (save it as sRGB)',
        'https://podcast.example.de/artwork.jpg is a PNG file named .jpg; expected .png',
      ],
    ],
    [
      'a small JPEG',
      { '/artwork.jpg': jpegHeader(3, 1000, 1000) },
      ['https://podcast.example.de/artwork.jpg is 1000×1000 px; expected between 1400×1400 and 3000×3000 px'],
    ],
    [
      'text',
      { '/artwork.jpg': new TextEncoder().encode('kein Bild') },
      ['https://podcast.example.de/artwork.jpg is not an image; expected a JPEG or PNG'],
    ],
    ['no file at all (artwork elsewhere is not fetched)', {}, []],
  ])('checks the artwork bytes: %s', (_, entries, messages) => {
    const { problems } = checkFeed(valid, files(entries));
    expect(problems.filter((problem) => problem.rule === 'artwork-file').map((problem) => problem.message)).toEqual(messages);
  });

  it('checks episode artwork for colour and name, not for Apple’s show size', () => {
    const xml = buildFeed(feedInput(sampleSettings(), [sampleEpisode(1, { image: '/images/1.png' })], labels, 'content/settings.yaml'));
    const small = checkFeed(xml, files({ '/artwork.jpg': jpegHeader(3), '/images/1.png': pngHeader(2, 600, 600) }));
    expect(small.problems).toEqual([]);
    const named = checkFeed(xml, files({ '/artwork.jpg': jpegHeader(3), '/images/1.png': jpegHeader(4) }));
    expect(named.problems.map((problem) => [problem.where, problem.message])).toEqual([
      ['episode "Folge 1"', 'https://podcast.example.de/images/1.png is in CMYK; Apple Podcasts expects RGB colours (save it as sRGB)'],
      ['episode "Folge 1"', 'https://podcast.example.de/images/1.png is a JPEG file named .png; expected .jpg'],
    ]);
  });

  const withChapters = (starts: number[]) =>
    buildFeed(
      feedInput(
        sampleSettings(),
        [{ ...sampleEpisode(1), chapters: starts.map((start, index) => ({ id: `k${index}`, title: `Kapitel ${index}`, start })) }],
        labels,
        'content/settings.yaml',
      ),
    );

  it.each([
    [[0, 60, 120], []],
    [[0, 60, 120, 180], []],
    [[5, 60, 120], ['the first chapter starts at 00:05; Spotify shows chapters only when the first starts at 00:00']],
    [[0, 60], ['2 chapters; Spotify shows chapters only from three on']],
    [
      [90],
      [
        'the first chapter starts at 01:30; Spotify shows chapters only when the first starts at 00:00',
        '1 chapter; Spotify shows chapters only from three on',
      ],
    ],
    [[], []],
  ])('warns, without failing, about chapters starting at %j as Spotify reads them', (starts, messages) => {
    const { problems, warnings } = checkFeed(withChapters(starts));
    expect(problems).toEqual([]);
    expect(warnings.map(({ where, rule, message }) => [where, rule, message])).toEqual(
      messages.map((message) => ['episode "Folge 1"', 'spotify-chapters', message]),
    );
  });

  it('reads a chapters file of the site when the item has no Podlove chapters', () => {
    const xml = withChapters([0, 60, 120]).replace(/<psc:chapters[\s\S]*<\/psc:chapters>/, '');
    const chapters = new TextEncoder().encode(JSON.stringify({ version: '1.2.0', chapters: [{ startTime: 3 }, { startTime: 50 }] }));
    const { warnings } = checkFeed(xml, files({ '/folgen/001-folge/chapters.json': chapters }));
    expect(warnings.map((warning) => warning.message)).toEqual([
      'the first chapter starts at 00:03; Spotify shows chapters only when the first starts at 00:00',
      '2 chapters; Spotify shows chapters only from three on',
    ]);
  });
});
