import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFeed } from 'feedsmith';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runImport } from '../../tools/run-import';
import { listFiles, readEpisodeFiles } from '../support/content-files';
import { useFixtureSite, type TestSite } from '../support/fixture-site';
import { fakeAudioHost } from '../support/fake-audio-host';

/**
 * Moving a show must not break subscribers: after an import and a build, the
 * new feed lists the same episodes with the same guids, audio and dates.
 */

const EMPTY_SETTINGS = '# Podcast settings, still empty before the import.\nsite: https://umzug.example.de\n';

interface SourceItem {
  guid: string;
  url: string;
  length: number | undefined;
  published: number;
}

function feedItems(xml: string): SourceItem[] {
  const { feed } = parseFeed(xml.replace(/^[\s\uFEFF]+/, ''));
  return ((feed as { items?: unknown[] }).items ?? []).flatMap((raw) => {
    const item = raw as { guid?: { value?: string }; enclosures?: { url: string; length?: number; type?: string }[]; pubDate?: string };
    const enclosure = item.enclosures?.find(({ type }) => !type || type.startsWith('audio/'));
    if (!enclosure) return [];
    const guid = item.guid?.value?.trim() ? item.guid.value : enclosure.url;
    return [{ guid, url: enclosure.url, length: enclosure.length, published: new Date(item.pubDate ?? '').getTime() }];
  });
}

function snapshot(dir: string): Map<string, string> {
  return new Map(
    ['content', 'public'].flatMap((folder) => listFiles(join(dir, folder))).map((file) => [file, readFileSync(file).toString('base64')]),
  );
}

async function importInto(site: TestSite, feed: string, extra: string[] = []) {
  const lines: string[] = [];
  const code = await runImport({
    args: [resolve(`tests/fixtures/feeds/${feed}`), ...extra],
    root: site.dir,
    fetch: fakeAudioHost(),
    log: (line) => lines.push(line),
  });
  return { code, output: lines.join('\n') };
}

describe.each([
  'podlove-podlovers-de.xml',
  'buzzsprout-haskell-interlude.xml',
  'podcasting20-reference.xml',
  'acast-sentimental-garbage.xml',
  'edge-cases.xml',
])('importing %s', (feed) => {
  const site = useFixtureSite();
  let built: SourceItem[];
  const source = feedItems(readFileSync(`tests/fixtures/feeds/${feed}`, 'utf8'));

  beforeAll(async () => {
    site.write('content/settings.yaml', EMPTY_SETTINGS);
    const { code, output } = await importInto(site, feed);
    expect(code, output).toBe(0);
    if (output.includes('owner: the feed names no owner e-mail')) {
      // What the warning asks the podcaster to do: the old feed has no owner address.
      site.write(
        'content/settings.yaml',
        `${readFileSync(join(site.dir, 'content/settings.yaml'), 'utf8')}owner:\n  name: Umzug\n  email: umzug@example.de\n`,
      );
    }
    const result = await site.build();
    expect(result.code, result.output).toBe(0);
    built = feedItems(readFileSync(join(site.dir, 'dist/feed.xml'), 'utf8'));
  });

  it('the built feed has every episode of the old feed', () => {
    expect(built).toHaveLength(source.length);
  });

  it('every episode keeps its guid, audio URL, file size and date', () => {
    const byGuid = new Map(built.map((item) => [item.guid, item]));
    for (const item of source) {
      expect(byGuid.get(item.guid), item.guid).toEqual({ ...item, length: item.length ?? byGuid.get(item.guid)?.length });
    }
  });

  it('the cover and episode artwork are files of the site, not links to the old host', () => {
    const settings = parse(readFileSync(join(site.dir, 'content/settings.yaml'), 'utf8')) as { artwork: string };
    const images = [
      settings.artwork,
      ...readEpisodeFiles(join(site.dir, 'content/episodes')).flatMap(({ frontmatter }) =>
        frontmatter.image ? [String(frontmatter.image)] : [],
      ),
    ];
    for (const image of images) {
      expect(image).toMatch(/^\/images\/[a-z0-9-]+\.(?:jpg|png)$/);
      expect(existsSync(join(site.dir, 'dist', image)), image).toBe(true);
    }
  });

  it('a second import changes no file', async () => {
    const before = snapshot(site.dir);
    const { code, output } = await importInto(site, feed);
    expect(code).toBe(0);
    expect(output).toMatch(/0 created, 0 updated/);
    expect(snapshot(site.dir)).toEqual(before);
  });

  it('a hand edit survives a re-import', async () => {
    const [file] = listFiles(join(site.dir, 'content/episodes'));
    const edited = readFileSync(file!, 'utf8').replace(/^title: .*$/m, 'title: "Von Hand verbessert"');
    site.write(file!.slice(site.dir.length + 1), edited);
    const { output } = await importInto(site, feed);
    expect(readFileSync(file!, 'utf8')).toBe(edited);
    expect(output).toContain('(edited by hand)');
  });
});
