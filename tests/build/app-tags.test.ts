import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import partytime from 'podcast-partytime';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheckFeed } from '../../tools/run-check-feed';
import { useFixtureSite } from '../support/fixture-site';
import { addEpisode, episodeFile } from '../support/test-episodes';

/** Every file of the built site below `folder`, as paths relative to it. */
function builtFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

const PODROLL = `podroll:
  - title: Betriebsklima & <Kollegen>
    feedGuid: 8205a50a-788c-5725-9d87-55c08624be9e
    feedUrl: https://betriebsklima.example.de/feed.xml
    description: Gespräche über Teams.
`;

describe('a show with download statistics and recommendations', () => {
  const site = useFixtureSite();
  let settings: string;
  let feed: string;
  const read = (path: string) => readFileSync(join(site.dir, 'dist', path), 'utf8');

  beforeAll(async () => {
    addEpisode(site, 'gut');
    site.copy('tests/fixtures/audio/kurz.mp3', 'public/audio/vorschau.mp3');
    site.write(
      'content/episodes/vorschau.md',
      episodeFile([
        'title: Vorschau',
        'type: trailer',
        'published: 2024-04-01',
        'summary: Worum es geht.',
        'audio:',
        '  url: /audio/vorschau.mp3',
      ]),
    );
    settings = readFileSync(join(site.dir, 'content/settings.yaml'), 'utf8').replace(/^podroll:[\s\S]*?(?=^\S)/m, '');
    const { code, output } = await site.buildWith({
      'content/settings.yaml': `${settings}\ndownloadStatistics:\n  prefix: https://op3.dev/e/\n${PODROLL}`,
    });
    expect(code, output).toBe(0);
    feed = read('feed.xml');
  });

  it('prefixes every enclosure and trailer of the feed, which passes npm run check:feed', () => {
    const parsed = partytime.parseFeed(feed)!;
    expect(parsed.items.map((item) => item.enclosure.url).sort()).toEqual([
      'https://op3.dev/e/klartext-it.example.de/audio/gut.mp3',
      'https://op3.dev/e/klartext-it.example.de/audio/vorschau.mp3',
    ]);
    expect(parsed.trailers?.map((trailer) => trailer.url)).toEqual(['https://op3.dev/e/klartext-it.example.de/audio/vorschau.mp3']);
    const lines: string[] = [];
    expect(
      runCheckFeed({ args: ['dist/feed.xml'], cwd: site.dir, log: (line) => lines.push(line), error: (line) => lines.push(line) }),
      lines.join('\n'),
    ).toBe(0);
  });

  it('keeps the plain audio address on every page: the site’s own player is not counted', () => {
    expect(read('folgen/gut/index.html')).toContain('src="/audio/gut.mp3"');
    const mentions = builtFiles(join(site.dir, 'dist')).filter(
      (file) => /\.(html|js|json|txt|vtt|srt)$/.test(file) && !file.startsWith('datenschutz/') && read(file).includes('op3.dev'),
    );
    expect(mentions).toEqual([]);
  });

  it('names the statistics service, its server and its privacy policy on the privacy page, in German', () => {
    const privacy = read('datenschutz/index.html');
    expect(privacy).toMatch(
      /<li data-third-party="statistics"[^>]*><strong[^>]*>OP3 \(Open Podcast Prefix Project\)<\/strong>: Zählt die Downloads der Folgen/,
    );
    expect(privacy).toContain('Server: op3.dev');
    expect(privacy).toContain('href="https://op3.dev/privacy"');
  });

  it('lists the recommended podcasts on /empfehlungen/, linked from every page’s footer', () => {
    const page = read('empfehlungen/index.html');
    expect(page).toMatch(/<h2 id="podroll-0"[^>]*>Betriebsklima &amp; &lt;Kollegen&gt;<\/h2>/);
    expect(page).toContain('href="https://betriebsklima.example.de/feed.xml"');
    expect(page).toContain('href="https://podcastindex.org/search?q=8205a50a-788c-5725-9d87-55c08624be9e&amp;type=all"');
    expect(read('index.html')).toContain('href="/empfehlungen/"');
    expect(feed).toContain('<podcast:remoteItem feedGuid="8205a50a-788c-5725-9d87-55c08624be9e"');
  });

  it('without the settings, no prefix, no privacy entry, no recommendations page and no footer link', async () => {
    const { code, output } = await site.buildWith({ 'content/settings.yaml': settings });
    expect(code, output).toBe(0);
    expect(read('feed.xml')).not.toContain('op3.dev');
    expect(read('feed.xml')).not.toContain('podcast:podroll');
    expect(read('datenschutz/index.html')).not.toContain('data-third-party="statistics"');
    expect(existsSync(join(site.dir, 'dist/empfehlungen/index.html'))).toBe(false);
    expect(read('index.html')).not.toContain('/empfehlungen/');
  });
});
