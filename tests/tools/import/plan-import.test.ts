import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, DownloadError } from '../../../tools/import/network';
import { planImport, type ExistingFile } from '../../../tools/import/plan-import';
import { remoteAudioProbe } from '../../../tools/import/remote-audio';
import { fakeAudioHost } from '../../support/fake-audio-host';

const EDGE = readFileSync('tests/fixtures/feeds/edge-cases.xml', 'utf8');
const settings = { path: 'content/settings.yaml', text: 'site: https://neu.example.de\n' };
const plan = (xml = EDGE, existing: ExistingFile[] = [], probe?: Parameters<typeof planImport>[0]['probe']) =>
  planImport({ xml, source: 'edge-cases.xml', existing, settings, probe });
const fileFor = (result: Awaited<ReturnType<typeof plan>>, path: string) => result.writes.find((write) => write.path === path)!.text;

describe('refusing what is not a podcast feed', () => {
  it.each([
    [
      'a blog feed without audio',
      readFileSync('tests/fixtures/feeds/blog.xml', 'utf8'),
      /not a podcast feed: none of its 2 items has an audio enclosure; nothing was written/,
    ],
    ['an Atom feed', readFileSync('tests/fixtures/feeds/atom.xml', 'utf8'), /ATOM feed, not a podcast's RSS feed/],
    [
      'an HTML page',
      '<!doctype html><html><body>Hallo</body></html>',
      /not a feed \(expected the RSS feed of a podcast, found "<!doctype html>/,
    ],
    ['an empty file', '', /found an empty document/],
    ['JSON', '{"version":"https://jsonfeed.org/version/1.1","items":[]}', /JSON feed, not a podcast's RSS feed|not a feed/],
  ])('%s is refused with a clear message', async (_, xml, message) => {
    await expect(plan(xml)).rejects.toThrow(message);
  });
});

describe('a first import', () => {
  it('creates one file per audio item, with unique ASCII slugs', async () => {
    const result = await plan();
    expect(result.created).toEqual([
      'content/episodes/ueber-groesse-und-mass.md',
      'content/episodes/ohne-guid.md',
      'content/episodes/ohne-guid-2.md',
      'content/episodes/ohne-nummer.md',
    ]);
    expect(result.skipped).toEqual(['"Nur ein Blogartikel": no audio enclosure, skipped']);
  });

  it('an item with an empty guid gets its enclosure URL as guid', async () => {
    expect(fileFor(await plan(), 'content/episodes/ohne-guid.md')).toContain('guid: "https://alt-host.example.de/kanten/002.mp3"');
  });

  it('keeps a numeric-looking guid as quoted text', async () => {
    expect(fileFor(await plan(), 'content/episodes/ueber-groesse-und-mass.md')).toContain('guid: "00123"');
  });

  it('numbers a full episode without number after the highest number in use', async () => {
    const existing = [{ path: 'content/episodes/alt.md', text: '---\ntitle: Alt\nepisode: 41\n---\n' }];
    const result = await plan(EDGE, existing);
    expect(fileFor(result, 'content/episodes/ohne-nummer.md')).toContain('episode: 42');
    expect(result.warnings.join('\n')).toContain('numbered by date: 42 "Ohne Nummer"');
  });

  it('renumbers a later full episode that repeats an earlier number of its season, and keeps that number on a re-run', async () => {
    const repeating = EDGE.replace('<itunes:episode>2</itunes:episode>', '<itunes:episode>1</itunes:episode>');
    const first = await plan(repeating);
    expect(fileFor(first, 'content/episodes/ueber-groesse-und-mass.md')).toContain('episode: 1\n');
    expect(fileFor(first, 'content/episodes/ohne-guid.md')).toContain('episode: 2\n');
    expect(first.warnings).toContain(
      '1 full episode(s) repeated the number of an earlier episode in the same season and were numbered by date: 2 "Ohne Guid"',
    );
    const again = await plan(
      repeating,
      first.writes.filter(({ path }) => path.startsWith('content/episodes/')),
    );
    expect(again.unchanged).toHaveLength(4);
  });

  it('a full episode written by hand keeps its number; the imported one moves', async () => {
    const existing = [{ path: 'content/episodes/eigene.md', text: '---\ntitle: Eigene\nepisode: 1\n---\n' }];
    const result = await plan(EDGE, existing);
    expect(fileFor(result, 'content/episodes/ueber-groesse-und-mass.md')).toContain('episode: 3\n');
  });

  it('offline, a missing file size becomes a warning and a TODO in the file', async () => {
    const result = await plan();
    expect(fileFor(result, 'content/episodes/ohne-guid-2.md')).toMatch(
      /# TODO: the old feed did not say bytes[^\n]*\n# Download the file and run: npm run audio -- <file>[^\n]*\naudio:/,
    );
    expect(result.warnings.join('\n')).toContain('"Ohne Guid": audio bytes unknown');
  });

  it('online, a missing file size is asked from the audio host', async () => {
    const requests: string[] = [];
    const result = await plan(EDGE, [], remoteAudioProbe(fakeAudioHost(requests), DEFAULT_LIMITS));
    expect(requests).toEqual(['HEAD https://alt-host.example.de/kanten/003.m4a']);
    expect(fileFor(result, 'content/episodes/ohne-guid-2.md')).not.toContain('TODO');
    expect(fileFor(result, 'content/episodes/ohne-guid-2.md')).toMatch(/bytes: \d+/);
  });

  it('an unreachable audio host leaves the TODO and says why', async () => {
    const result = await plan(EDGE, [], async () => {
      throw new Error('getaddrinfo ENOTFOUND');
    });
    expect(result.warnings.join('\n')).toContain(
      'could not ask https://alt-host.example.de/kanten/003.m4a for bytes (getaddrinfo ENOTFOUND)',
    );
  });

  it('fills the empty settings and names the old feed address', async () => {
    const result = await plan();
    expect(result.settingsFilled).toContain('previousFeedUrl');
    expect(fileFor(result, 'content/settings.yaml')).toContain('previousFeedUrl: https://alt-host.example.de/kanten/feed.rss');
  });
});

describe('a second import', () => {
  const imported = async () =>
    (await plan()).writes.filter(({ path }) => path.startsWith('content/episodes/')).map(({ path, text }) => ({ path, text }));

  it('changes nothing when nothing changed', async () => {
    const result = await plan(EDGE, await imported());
    expect(result.writes.filter(({ path }) => path.startsWith('content/episodes/'))).toEqual([]);
    expect(result.unchanged).toHaveLength(4);
  });

  it('never overwrites a hand edit', async () => {
    const files = await imported();
    files[0]!.text = files[0]!.text.replace('Über Größe und Maß', 'Über Größe, Maß und Zahl');
    const result = await plan(EDGE, files);
    expect(result.kept).toEqual([files[0]!.path]);
    expect(result.writes.map(({ path }) => path)).not.toContain(files[0]!.path);
  });

  it('refreshes an untouched file when the old feed changed', async () => {
    const result = await plan(EDGE.replace('Gleicher Titel, anderer Inhalt.', 'Neue Beschreibung.'), await imported());
    expect(result.updated).toEqual(['content/episodes/ohne-guid-2.md']);
  });

  it('creates only the new episodes', async () => {
    const newer = EDGE.replace(
      '  </channel>',
      '<item><title>Neu</title><guid>kanten-5</guid><pubDate>Mon, 06 May 2024 07:00:00 +0200</pubDate><itunes:episode>5</itunes:episode><itunes:duration>60</itunes:duration><enclosure url="https://alt-host.example.de/kanten/005.mp3" length="1" type="audio/mpeg"/></item></channel>',
    );
    const result = await plan(newer, await imported());
    expect(result.created).toEqual(['content/episodes/neu.md']);
    expect(result.updated).toEqual([]);
  });
});

/** A small feed of the shapes hosts write, for the Podcasting 2.0 files and numbers. */
const P20 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
  <channel>
    <title>Zwei Punkt Null</title>
    <description>Eine Show.</description>
    <language>pt-BR</language>
    <itunes:author>Rita</itunes:author>
    <itunes:owner><itunes:name>Rita</itunes:name><itunes:email>rita@example.com</itunes:email></itunes:owner>
    <itunes:category text="Technology"/>
    <podcast:location>São Paulo</podcast:location>
    <item>
      <title>254: Hot Box With Knobs</title>
      <guid>https://old.example/?p=254</guid>
      <pubDate>Mon, 04 Mar 2024 06:00:00 GMT</pubDate>
      <itunes:duration>120</itunes:duration>
      <enclosure url="http://old.example/254.mp3?x=%3D%3D" length="0" type="audio/mp3"/>
      <podcast:chapters url="https://old.example/254.json" type="application/json+chapters"/>
      <podcast:transcript url="https://old.example/254.vtt" type="text/vtt" language="pt-BR"/>
      <podcast:transcript url="https://old.example/254-en.vtt" type="text/vtt" language="en"/>
      <podcast:location>Rio</podcast:location>
    </item>
    <item>
      <title>Ep. 255 – Mais</title>
      <guid isPermaLink="true">https://old.example/?p=255</guid>
      <pubDate>Mon, 11 Mar 2024 06:00:00 GMT</pubDate>
      <itunes:duration>60</itunes:duration>
      <enclosure url="https://old.example/255.mp3" length="5" type="audio/mpeg"/>
    </item>
  </channel>
</rss>`;

const FILES: Record<string, string> = {
  'https://old.example/254.json': JSON.stringify({
    version: '1.2.0',
    chapters: [
      { startTime: 0, title: 'Abertura' },
      { startTime: 30, title: 'Imagem', toc: false },
      { startTime: 61.5, title: 'Conversa' },
    ],
  }),
  'https://old.example/254.vtt':
    'WEBVTT\n\n00:00:02.000 --> 00:00:05.000\n<v Rita>Olá!\n\n00:01:02.000 --> 00:01:09.000\n<v Rita>Vamos lá.\n',
};
const read = async (url: string) => {
  if (FILES[url] === undefined) throw new DownloadError(url, 'the server answered 404 Not Found');
  return FILES[url];
};
const planP20 = (options: Partial<Parameters<typeof planImport>[0]> = {}) =>
  planImport({ xml: P20, source: 'p20.xml', existing: [], settings, read, ...options });

describe('Podcasting 2.0 files and what apps know the episodes by', () => {
  it('reads the chapters file and the transcript into the body; the other language stays a tag', async () => {
    const text = fileFor(await planP20(), 'content/episodes/254-hot-box-with-knobs.md');
    expect(text).toContain(
      '## Transcript\n\n## Abertura [00:00:00]\n\n[00:00:02] **Rita:** Olá!\n\n## Conversa [00:01:01]\n\n[00:01:02] **Rita:** Vamos lá.',
    );
    expect(text).not.toContain('Imagem');
    expect(text).not.toContain('notesOnly');
    expect(text).toContain('transcripts:\n    - url: "https://old.example/254-en.vtt"');
  });

  it('keeps the tags as they were when the files cannot be read, and says why', async () => {
    const result = await planP20({ read: async (url) => Promise.reject(new DownloadError(url, 'connection refused')) });
    const text = fileFor(result, 'content/episodes/254-hot-box-with-knobs.md');
    expect(text).toContain('notesOnly: true');
    expect(text).toContain('chapters:\n    url: "https://old.example/254.json"\n    type: "application/json+chapters"');
    expect(text).toContain('    - url: "https://old.example/254.vtt"');
    expect(result.warnings.join('\n')).toContain('chapters https://old.example/254.json could not be read (connection refused)');
  });

  it('keeps enclosure, guid mark and numbers as the feed and the titles say', async () => {
    const result = await planP20();
    const first = fileFor(result, 'content/episodes/254-hot-box-with-knobs.md');
    expect(first).toContain('title: "254: Hot Box With Knobs"');
    expect(first).not.toContain('feedTitle');
    expect(first).toContain('episode: 254');
    expect(first).toContain('url: "http://old.example/254.mp3?x=%3D%3D"\n  bytes: 0\n  type: "audio/mp3"');
    expect(first).toContain('guidIsPermaLink: "omitted"');
    expect(first).not.toContain('TODO');
    const second = fileFor(result, 'content/episodes/ep-255-mais.md');
    expect(second).toContain('episode: 255');
    expect(second).toContain('guidIsPermaLink: true');
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        '2 full episode(s) had no itunes:episode number and were numbered as their titles say: 254 "254: Hot Box With Knobs", 255 "Ep. 255 – Mais"',
        expect.stringMatching(/^"254: Hot Box With Knobs": the audio is served over plain http; kept as it is/),
        '"254: Hot Box With Knobs": the old feed gives the audio size as 0; kept as it is, so apps see the same enclosure',
      ]),
    );
  });

  it('a number from a title that another episode has is numbered by date', async () => {
    const existing = [{ path: 'content/episodes/eigene.md', text: '---\ntitle: Eigene\nepisode: 255\n---\n' }];
    const result = await planP20({ existing });
    expect(fileFor(result, 'content/episodes/ep-255-mais.md')).toContain('episode: 256');
  });

  it('keeps the language as written and lists what the new feed does not carry', async () => {
    const result = await planP20();
    expect(fileFor(result, 'content/settings.yaml')).toContain('language: pt-BR');
    expect(result.notCarried).toEqual(['podcast:location (the show, 1 episode)']);
  });

  it('names every setting the build would refuse', async () => {
    const result = await planImport({ xml: P20.replace(/<itunes:category[^>]*>/, ''), source: 'p20.xml', existing: [], settings, read });
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/settings\.yaml: categories: the feed names no Apple Podcasts category/),
        expect.stringMatching(/^content\/settings\.yaml: artwork: /),
      ]),
    );
  });
});
