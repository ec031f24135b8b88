import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runImport } from '../../tools/run-import';
import { fakeAudioHost } from '../support/fake-audio-host';
import { useFixtureSite, type TestSite } from '../support/fixture-site';

/**
 * A podcaster who clones the demo and moves a show here starts with
 * `npm run import -- --fresh <feed>`: the demo's episodes, audio, testimonials
 * and packages go, the show's settings come from the feed, every comment of
 * the settings stays, and the first build succeeds.
 */

const demoSettings = readFileSync('content/settings.yaml', 'utf8');
const comments = demoSettings.split('\n').filter((line) => line.startsWith('#'));
const FEED = resolve('tests/fixtures/feeds/art19-signed.xml');

async function fresh(site: TestSite, args: string[]) {
  const lines: string[] = [];
  const code = await runImport({ args: ['--fresh', ...args], root: site.dir, fetch: fakeAudioHost(), log: (line) => lines.push(line) });
  return { code, output: lines.join('\n') };
}

const filesIn = (site: TestSite, folder: string) => readdirSync(join(site.dir, folder));

describe('a fresh start from the demo', () => {
  const site = useFixtureSite({ keepDemoContent: true });
  let output: string;
  let build: { code: number; output: string };

  beforeAll(async () => {
    const dryRun = await fresh(site, [FEED, '--dry-run']);
    expect(dryRun.output).toContain('would remove  content/episodes/001-warum-dieser-podcast.md');
    expect(filesIn(site, 'content/episodes')).toContain('001-warum-dieser-podcast.md');
    const refused = await fresh(site, [resolve('tests/fixtures/feeds/blog.xml')]);
    expect(refused.code).toBe(1);
    expect(filesIn(site, 'content/testimonials').length).toBeGreaterThan(0);
    const result = await fresh(site, [FEED]);
    expect(result.code, result.output).toBe(0);
    output = result.output;
    build = await site.build();
  });

  it("removes the demo's episodes, audio, testimonials and packages, and lists each", () => {
    expect(filesIn(site, 'content/episodes').sort()).toEqual([
      'a-self-help-book-for-deadlines.md',
      'hot-box-with-knobs.md',
      'trailer-signed-sealed.md',
    ]);
    for (const folder of ['public/audio', 'content/testimonials', 'content/packages']) expect(filesIn(site, folder), folder).toEqual([]);
    expect(output).toContain('remove  content/testimonials/jana.md');
    expect(output).toContain('remove  public/audio/000-trailer.mp3');
  });

  it("fills the show's settings from the feed and keeps every comment", () => {
    const settings = readFileSync(join(site.dir, 'content/settings.yaml'), 'utf8');
    for (const comment of comments) expect(settings, comment).toContain(comment);
    expect(settings).toContain('title: Signed & Sealed');
    expect(settings).toContain('language: en-us');
    const show = parse(settings) as Record<string, unknown>;
    const { site: _site, newsletter: _newsletter, booking: _booking, ...fromTheFeed } = show;
    expect(JSON.stringify(fromTheFeed)).not.toMatch(/Klartext|Oliver|togo/i);
    expect(show).toMatchObject({ funding: [], platforms: {}, podroll: [] });
    expect(show).not.toHaveProperty('updateFrequency');
    expect(output).toContain('site, newsletter and booking are kept from before the fresh start');
  });

  it('builds without a hand edit, and the feed names no funding the show does not have', () => {
    expect(build.code, `${output}\n${build.output}`).toBe(0);
    const feed = readFileSync(join(site.dir, 'dist/feed.xml'), 'utf8');
    expect(feed).not.toContain('podcast:funding');
    expect(feed).toContain('<language>en-us</language>');
    expect(existsSync(join(site.dir, 'dist/folgen/hot-box-with-knobs/index.html'))).toBe(true);
  });

  it('a show without packages gets no /togo/ page and no link to one', () => {
    expect(existsSync(join(site.dir, 'dist/togo/index.html'))).toBe(false);
    for (const page of ['index.html', 'kaffee/index.html', 'folgen/hot-box-with-knobs/index.html']) {
      expect(readFileSync(join(site.dir, 'dist', page), 'utf8'), page).not.toContain('href="/togo/');
    }
  });
});
