import { describe, expect, it } from 'vitest';
import { episodeSchema } from '../../src/schemas/episode';

const valid = {
  title: 'Vertraust du deiner IT?',
  episode: 42,
  published: new Date('2019-03-14T00:00:00Z'),
  summary: 'Eine Folge.',
  audio: { url: '/audio/042.mp3' },
};

/** An episode as the importer writes it: audio at the old host, facts as the old feed said. */
const imported = {
  ...valid,
  audio: { url: 'https://cdn.example.com/a.mp3', bytes: 1234, duration: 60, type: 'audio/mpeg' },
  imported: { source: 'https://old.example.com/feed', hash: '0123456789abcdef' },
};

function issues(input: unknown) {
  const result = episodeSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the episode schema', () => {
  it('accepts the documented minimum and fills defaults', () => {
    const episode = episodeSchema.parse(valid);
    expect(episode).toMatchObject({ type: 'full', explicit: false, draft: false, topics: [], links: [], guests: [] });
    expect(episode.audio.type).toBe('audio/mpeg');
    expect(episode.published.toISOString()).toBe('2019-03-13T23:00:00.000Z');
  });

  it.each([
    ['a missing title', { ...valid, title: undefined }, 'title: required: the episode title'],
    ['a date that is not a date', { ...valid, published: 'morgen' }, 'published: expected a date like 2019-03-14'],
    ['a zero episode number', { ...valid, episode: 0 }, 'episode:'],
    ['a full episode without number', { ...valid, episode: undefined }, 'episode: expected an episode number for a full episode'],
    [
      'remote audio without size',
      { ...valid, audio: { url: 'https://cdn.example.de/a.mp3', duration: 60 } },
      'audio.bytes: expected the exact file size',
    ],
    [
      'remote audio without duration',
      { ...valid, audio: { url: 'https://cdn.example.de/a.mp3', bytes: 10 } },
      'audio.duration: expected the duration',
    ],
    [
      'plain http audio written by hand',
      { ...valid, audio: { url: 'http://cdn.example.de/a.mp3', bytes: 10, duration: 60 } },
      'audio.url: expected an https:// address',
    ],
    [
      'a size of 0 written by hand',
      { ...valid, audio: { url: 'https://cdn.example.de/a.mp3', bytes: 0, duration: 60 } },
      'audio.bytes: expected the exact file size in bytes (0 is kept only in imported episodes',
    ],
    ['a negative size', { ...imported, audio: { ...imported.audio, bytes: -1 } }, 'audio.bytes:'],
    ['a type that is no audio', { ...valid, audio: { url: '/a.mp3', type: 'text/html' } }, 'audio.type: expected an audio MIME type'],
    ['a type with markup', { ...valid, audio: { url: '/a.mp3', type: 'audio/<script>' } }, 'audio.type: expected an audio MIME type'],
    ['an ftp address for audio', { ...imported, audio: { ...imported.audio, url: 'ftp://cdn.example.de/a.mp3' } }, 'audio.url:'],
    ['a permalink mark of "yes"', { ...valid, guidIsPermaLink: 'yes' }, 'guidIsPermaLink:'],
    [
      'a kept person whose picture is a script',
      { ...imported, podcast: { persons: [{ name: 'Eve', img: 'javascript:alert(1)' }] } },
      'podcast.persons.0.img: expected a web address',
    ],
    ['a kept person without a name', { ...imported, podcast: { persons: [{ name: '' }] } }, 'podcast.persons.0.name:'],
    [
      'a sound bite without length',
      { ...imported, podcast: { soundbites: [{ start: 10, duration: 0 }] } },
      'podcast.soundbites.0.duration:',
    ],
    [
      'an alternate enclosure without source',
      { ...imported, podcast: { alternateEnclosures: [{ type: 'audio/opus', sources: [] }] } },
      'podcast.alternateEnclosures.0.sources:',
    ],
    [
      'a kept transcript at a data: address',
      { ...imported, podcast: { transcripts: [{ url: 'data:text/vtt,WEBVTT', type: 'text/vtt' }] } },
      'podcast.transcripts.0.url: expected a web address',
    ],
    ['a kept episode number of 0', { ...imported, podcast: { episode: { number: 0 } } }, 'podcast.episode.number:'],
    ['an unreadable duration', { ...valid, audio: { url: '/a.mp3', duration: 'lang' } }, 'audio.duration: expected a duration'],
    ['a numeric guid that YAML would shorten', { ...valid, guid: 123 }, 'guid: expected the guid as quoted text'],
    ['a javascript: link', { ...valid, links: [{ title: 'x', url: 'javascript:alert(1)' }] }, 'links.0.url: expected a web address'],
    ['a wrong Vimeo id', { ...valid, video: { vimeo: 'abc' } }, 'video.vimeo: expected the numeric Vimeo video id'],
    ['a title of spaces', { ...valid, title: '   ' }, 'title: expected the episode title with visible text'],
    [
      'a title of invisible characters',
      { ...valid, title: '\u200B\u200D\uFEFF\u2060\u00AD' },
      'title: expected the episode title with visible text',
    ],
    ['an empty summary', { ...valid, summary: null }, 'summary: is empty; expected a summary'],
    [
      'a summary of direction marks',
      { ...valid, summary: '\u200E\u200F\u202E' },
      'summary: expected a summary of one to three sentences with visible text',
    ],
    [
      'audio that climbs out of public/',
      { ...valid, audio: { url: '/../../../outside/x.mp3' } },
      'audio.url: expected a path that stays inside public/',
    ],
    [
      'audio on a host-relative address',
      { ...valid, audio: { url: '//cdn.example.de/a.mp3' } },
      'audio.url: expected the audio file as a path under public/',
    ],
    [
      'audio as a file: address',
      { ...valid, audio: { url: 'file:///etc/passwd' } },
      'audio.url: expected the audio file as a path under public/',
    ],
    ['artwork that climbs out of public/', { ...valid, image: '/../README.md' }, 'image: expected a path that stays inside public/'],
    ['artwork with backslashes', { ...valid, image: '/..\\..\\README.md' }, 'image: expected a path with "/" between folders'],
    [
      'artwork on another site',
      { ...valid, image: 'https://cdn.example.de/cover.jpg' },
      'image: expected the episode artwork as a file under public/',
    ],
    [
      'a guest portrait on another site',
      { ...valid, guests: [{ name: 'Katrin', image: '//cdn.example.de/k.jpg' }] },
      'guests.0.image: expected the portrait as a file under public/',
    ],
    ['a topic without letters or digits', { ...valid, topics: ['!!!'] }, 'topics.0: expected a topic with at least one letter or digit'],
  ])('rejects %s with a message naming the field', (_, input, message) => {
    expect(issues(input).join('\n')).toContain(message);
  });

  it.each([['日本語'], ['Ørsted & Co'], ['IT-Sicherheit']])('accepts the topic %j, which has an address', (topic) => {
    expect(issues({ ...valid, topics: [topic] })).toEqual([]);
  });

  it.each([
    ['plain http audio', { audio: { ...imported.audio, url: 'http://cdn.example.com/a.mp3' } }],
    ['a size of 0', { audio: { ...imported.audio, bytes: 0 } }],
    ['the type the old feed wrote', { audio: { ...imported.audio, type: 'audio/mp3' } }],
    ['a signed address', { audio: { ...imported.audio, url: 'https://rss.art19.com/e/x.mp3?rss_browser=BAh%3D%3D--ab' } }],
    ['an address with a space', { audio: { ...imported.audio, url: 'https://cdn.example.com/folge 1.mp3' } }],
    ['a bare guid', { guid: 'https://old.example.com/?p=12', guidIsPermaLink: 'omitted' }],
    ['a permalink guid', { guid: 'https://old.example.com/?p=12', guidIsPermaLink: true }],
    [
      'every kept Podcasting 2.0 tag',
      {
        notesOnly: true,
        feedTitle: '254: Hot Box',
        podcast: {
          seasonName: 'Die Anfänge',
          episode: { number: 204.5, display: 'Ep. 204½' },
          persons: [{ name: 'Jane <Doe>', role: 'guest', group: 'cast', href: 'https://jane.example', img: 'https://cdn.example/j.jpg' }],
          soundbites: [{ start: 73.5, duration: 60, title: 'Der beste Satz' }],
          alternateEnclosures: [{ type: 'audio/opus', length: 1, bitrate: 64000, default: false, sources: [{ uri: 'ipfs://Qm' }] }],
          transcripts: [{ url: 'https://old.example.com/t.html', type: 'text/html', language: 'pt-BR' }],
          chapters: { url: 'https://old.example.com/c.json', type: 'application/json+chapters' },
        },
      },
    ],
  ])('accepts %s in an imported episode', (_, fields) => {
    expect(issues({ ...imported, ...fields })).toEqual([]);
  });

  it('lets trailers go without an episode number', () => {
    expect(issues({ ...valid, episode: undefined, type: 'trailer' })).toEqual([]);
  });

  it('reads durations written as seconds or clock time', () => {
    expect(episodeSchema.parse({ ...valid, audio: { url: '/a.mp3', duration: '0:30:34' } }).audio.duration).toBe(1834);
  });
});
