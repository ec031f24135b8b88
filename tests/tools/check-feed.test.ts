import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../src/lib/feed/build-feed';
import { feedInput } from '../../src/lib/feed/feed-input';
import { runCheckFeed } from '../../tools/run-check-feed';
import { labels, sampleEpisode, sampleSettings } from '../support/feed-fixtures';
import { jpegHeader } from '../support/image-bytes';

/** A built site in a temporary folder: the feed of one episode with two chapters, and the given artwork. */
function builtSite(artwork: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-feed-'));
  mkdirSync(join(dir, 'dist'));
  const episode = { ...sampleEpisode(1), chapters: [5, 60].map((start, index) => ({ id: `k${index}`, title: `Kapitel ${index}`, start })) };
  writeFileSync(join(dir, 'dist/feed.xml'), buildFeed(feedInput(sampleSettings(), [episode], labels, 'content/settings.yaml')));
  writeFileSync(join(dir, 'dist/artwork.jpg'), artwork);
  return dir;
}

function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCheckFeed({ args, cwd, log: (line) => out.push(line), error: (line) => err.push(line) });
  return { code, out, err };
}

describe('npm run check:feed', () => {
  it('passes a good feed and prints Spotify’s chapter rules as warnings', () => {
    const { code, out, err } = run([], builtSite(jpegHeader(3)));
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([
      'dist/feed.xml: warning: episode "Folge 1": [spotify-chapters] the first chapter starts at 00:05; Spotify shows chapters only when the first starts at 00:00',
      'dist/feed.xml: warning: episode "Folge 1": [spotify-chapters] 2 chapters; Spotify shows chapters only from three on',
      'dist/feed.xml: 1 episodes, all feed checks passed, 2 warning(s).',
    ]);
  });

  it('fails on CMYK artwork beside the feed, naming the file and the rule', () => {
    const { code, err } = run(['dist/feed.xml'], builtSite(jpegHeader(4)));
    expect(code).toBe(1);
    expect(err).toEqual([
      'dist/feed.xml: channel: [artwork-file] https://podcast.example.de/artwork.jpg is in CMYK; Apple Podcasts expects RGB colours (save it as sRGB)',
      'dist/feed.xml: 1 problem(s).',
    ]);
  });

  it('says how to get a feed when there is none', () => {
    const { code, err } = run(['fehlt/feed.xml'], mkdtempSync(join(tmpdir(), 'check-feed-')));
    expect(code).toBe(1);
    expect(err).toEqual(['fehlt/feed.xml: not found; run `npm run build` first.']);
  });
});
