import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../src/lib/feed/build-feed';
import { feedInput } from '../../src/lib/feed/feed-input';
import { checkFeed, formatProblem } from '../../quality/feed-check';
import { labels, sampleEpisodes, sampleSettings } from '../support/feed-fixtures';

/** A valid two-episode feed (Folge 2 first); each case breaks one thing in it, the first match of a tag being Folge 2's. */
const valid = buildFeed(feedInput(sampleSettings(), sampleEpisodes(2), labels, 'content/settings.yaml'));

describe('the feed check', () => {
  it('passes a valid feed', () => {
    expect(checkFeed(valid)).toEqual({ problems: [], episodes: 2 });
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
    ['channel-locked', 'channel', (xml: string) => xml.replace(/<podcast:locked owner="[^"]+">/, '<podcast:locked>')],
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
