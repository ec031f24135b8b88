import { describe, expect, it } from 'vitest';
import { episodeSchema } from '../../src/schemas/episode';

const valid = {
  title: 'Vertraust du deiner IT?',
  episode: 42,
  published: new Date('2019-03-14T00:00:00Z'),
  summary: 'Eine Folge.',
  audio: { url: '/audio/042.mp3' },
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
    ['plain http audio', { ...valid, audio: { url: 'http://cdn.example.de/a.mp3' } }, 'audio.url: expected the audio file'],
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

  it('lets trailers go without an episode number', () => {
    expect(issues({ ...valid, episode: undefined, type: 'trailer' })).toEqual([]);
  });

  it('reads durations written as seconds or clock time', () => {
    expect(episodeSchema.parse({ ...valid, audio: { url: '/a.mp3', duration: '0:30:34' } }).audio.duration).toBe(1834);
  });
});
