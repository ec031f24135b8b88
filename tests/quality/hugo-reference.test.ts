import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHugoSite, findHugo } from '../../quality/hugo-reference';
import { learnWordChain, seededRandom, syntheticEpisode } from '../../quality/synthetic-episodes';

describe('the Hugo + Pagefind reference of the benchmark', () => {
  it.each([
    ['an empty PATH', '', false],
    ['a PATH without hugo', 'bin-without', false],
    ['a PATH with hugo in its second folder', 'bin-without:bin-with', true],
  ])('finds hugo on %s: %s', (_case, path, found) => {
    const root = mkdtempSync(join(tmpdir(), 'find-hugo-'));
    for (const dir of ['bin-without', 'bin-with']) mkdirSync(join(root, dir));
    writeFileSync(join(root, 'bin-with/hugo'), '#!/bin/sh\n');
    chmodSync(join(root, 'bin-with/hugo'), 0o755);
    const absolute = path
      .split(':')
      .filter(Boolean)
      .map((dir) => join(root, dir))
      .join(':');
    expect(findHugo(absolute)).toBe(found ? join(root, 'bin-with/hugo') : undefined);
  });

  it.skipIf(!findHugo())(
    'builds the synthetic episodes into one page each and indexes them with Pagefind',
    async () => {
      const chain = learnWordChain(readdirSync('content/episodes').map((name) => readFileSync(`content/episodes/${name}`, 'utf8')));
      const site = createHugoSite(mkdtempSync(join(tmpdir(), 'hugo-reference-')), findHugo()!);
      const slugs = [0, 1, 2].map((index) => {
        const episode = syntheticEpisode({
          index,
          total: 3,
          chain,
          random: seededRandom(index + 1),
          audioUrl: '/audio/bench.mp3',
          targetWords: 300,
        });
        site.writeEpisode(episode.slug, episode.markdown);
        return episode.slug;
      });
      const run = await site.build(true);
      expect(run.code, run.output).toBe(0);
      for (const slug of slugs) expect(existsSync(join(site.dir, 'public/episodes', slug, 'index.html'))).toBe(true);
      expect(readdirSync(join(site.dir, 'public/pagefind/fragment'))).toHaveLength(3);
    },
    60_000,
  );
});
