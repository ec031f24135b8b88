import { describe, expect, it } from 'vitest';
import {
  breadcrumbListNode,
  chapterClips,
  episodeTrail,
  jsonLdDocument,
  podcastEpisodeNode,
  podcastSeriesNode,
  serializeJsonLd,
  type EpisodeFacts,
  type JsonLdNode,
} from '../../../src/lib/sharing/structured-data';
import { schemaOrgProblems } from '../../support/schema-org';

const settings = {
  title: 'Klartext IT',
  description: 'Ein Podcast über IT & Fachbereich.',
  site: 'https://klartext-it.example.de',
  artwork: '/artwork.jpg',
  language: 'de' as const,
  author: 'Oliver Hartmann',
  host: { name: 'Oliver Hartmann', role: 'host', url: 'https://klartext-it.example.de/' },
};

const episode: EpisodeFacts = {
  slug: '004-vertraust-du-deiner-it',
  audio: { url: '/audio/004 vertrauen.mp3', bytes: 1234, type: 'audio/mpeg', duration: 3725, isLocal: true },
  data: {
    title: 'Vertraust du deiner IT?',
    summary: 'Über Vertrauen.',
    published: new Date('2024-09-15T22:00:00Z'),
    episode: 4,
    season: 1,
    topics: ['Vertrauen', 'Zusammenarbeit'],
    guests: [{ name: 'Katrin Albers', role: 'guest' }],
  },
};

const headings = [
  { depth: 2, slug: 'transkript', text: 'Transkript' },
  { depth: 2, slug: 'begruessung', text: 'Begrüßung [00:00:05]' },
  { depth: 3, slug: 'ohne-zeit', text: 'Ohne Zeit' },
  { depth: 2, slug: 'fazit', text: 'Fazit [01:00:00]' },
];
const starts = { begruessung: 5, fazit: 3600 };
const pageUrl = 'https://klartext-it.example.de/folgen/004-vertraust-du-deiner-it/';

describe('structured data', () => {
  it('describes the podcast as a PodcastSeries with its feed, artwork and host', () => {
    const series = podcastSeriesNode(settings, 'https://klartext-it.example.de/og/site.png');
    expect(series).toMatchObject({
      '@type': 'PodcastSeries',
      name: 'Klartext IT',
      url: 'https://klartext-it.example.de/',
      webFeed: 'https://klartext-it.example.de/feed.xml',
      author: { '@type': 'Person', name: 'Oliver Hartmann' },
    });
    expect(series.image).toContain('https://klartext-it.example.de/artwork.jpg');
  });

  it('describes an episode with its series, audio, date, transcript, people and chapters', () => {
    const node = podcastEpisodeNode(episode, settings, {
      image: 'https://klartext-it.example.de/og/004.png',
      chapters: chapterClips(headings, starts, pageUrl, 3725),
    });
    expect(node).toMatchObject({
      '@type': 'PodcastEpisode',
      url: pageUrl,
      name: 'Vertraust du deiner IT?',
      datePublished: '2024-09-15T22:00:00.000Z',
      episodeNumber: 4,
      partOfSeries: { '@type': 'PodcastSeries', '@id': 'https://klartext-it.example.de/#podcast' },
      author: { '@type': 'Person', name: 'Oliver Hartmann' },
      contributor: [{ '@type': 'Person', name: 'Katrin Albers' }],
      associatedMedia: {
        '@type': 'AudioObject',
        contentUrl: 'https://klartext-it.example.de/audio/004%20vertrauen.mp3',
        duration: 'PT1H2M5S',
        transcript: `${pageUrl}transcript.txt`,
      },
    });
    expect((node.hasPart as JsonLdNode[]).map((clip) => clip['@type'])).toEqual(['Clip', 'Clip']);
  });

  it('leaves out number, season, guests and chapters an episode does not have', () => {
    const trailer = { ...episode, data: { ...episode.data, episode: undefined, season: undefined, guests: [], topics: [] } };
    const node = podcastEpisodeNode(trailer, settings, { image: 'x' });
    for (const key of ['episodeNumber', 'partOfSeason', 'contributor', 'hasPart', 'keywords']) expect(node).not.toHaveProperty(key);
  });

  it('turns timed headings into clips that end where the next chapter starts', () => {
    expect(chapterClips(headings, starts, pageUrl, 3725)).toEqual([
      { '@type': 'Clip', name: 'Begrüßung', url: `${pageUrl}#begruessung`, startOffset: 5, endOffset: 3600 },
      { '@type': 'Clip', name: 'Fazit', url: `${pageUrl}#fazit`, startOffset: 3600, endOffset: 3725 },
    ]);
  });

  it.each([
    ['no timed headings', headings, {}],
    ['no headings at all', [], { fazit: 3 }],
  ])('an episode with %s has no chapters', (_, list, chapterStarts) => {
    expect(chapterClips(list, chapterStarts, pageUrl, 100)).toEqual([]);
  });

  it('never lets a chapter end before it starts, even when the audio is shorter than the chapter marks', () => {
    const [clip] = chapterClips([headings[3]!], starts, pageUrl, 10);
    expect(clip).toMatchObject({ startOffset: 3600, endOffset: 3600 });
  });

  it('a breadcrumb trail numbers its steps from 1 with absolute addresses', () => {
    const node = breadcrumbListNode(episodeTrail(episode, { home: 'Start', archive: 'Folgen' }), settings.site);
    expect(node.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Start', item: 'https://klartext-it.example.de/' },
      { '@type': 'ListItem', position: 2, name: 'Folgen', item: 'https://klartext-it.example.de/folgen/' },
      { '@type': 'ListItem', position: 3, name: 'Vertraust du deiner IT?', item: pageUrl },
    ]);
  });

  it('uses only schema.org types and properties', () => {
    const document = jsonLdDocument([
      podcastSeriesNode(settings, 'https://x/og.png'),
      podcastEpisodeNode(episode, settings, { image: 'https://x/og.png', chapters: chapterClips(headings, starts, pageUrl, 3725) }),
      breadcrumbListNode(episodeTrail(episode, { home: 'Start', archive: 'Folgen' }), settings.site),
    ]);
    expect(schemaOrgProblems(document)).toEqual([]);
  });

  it('the allow-list check catches invented types and properties', () => {
    expect(
      schemaOrgProblems({
        '@context': 'https://schema.org',
        '@graph': [{ '@type': 'PodcastEpisode', guest: 'x', partOfSeries: { '@type': 'Podcast' } }],
      }),
    ).toEqual(['PodcastEpisode has no property "guest"', 'unknown type "Podcast"']);
  });

  it.each([['</script><script>alert(1)</script>'], ['Zeile\u2028Trenner']])(
    'serialises %j so it cannot break out of the script element and still parses back',
    (title) => {
      const text = serializeJsonLd({ name: title });
      expect(text).not.toMatch(/<|\u2028/);
      expect(JSON.parse(text)).toEqual({ name: title });
    },
  );
});
