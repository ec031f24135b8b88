import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import partytime from 'podcast-partytime';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAudioFacts } from '../../src/lib/audio-facts';
import { checkFeed, siteFolderReader } from '../../quality/feed-check';
import { useFixtureSite } from '../support/fixture-site';
import { addEpisode } from '../support/test-episodes';

/** The demo site's feed, built twice from scratch, and settings that must stop the build. */
describe('the demo feed', () => {
  const sites = [useFixtureSite({ keepDemoContent: true }), useFixtureSite({ keepDemoContent: true })];
  const feeds: string[] = [];

  beforeAll(async () => {
    for (const site of sites) {
      const { code, output } = await site.build();
      if (code !== 0) throw new Error(`the demo site did not build:\n${output}`);
      feeds.push(readFileSync(join(site.dir, 'dist/feed.xml'), 'utf8'));
    }
  });

  it('is byte-identical between two builds of the same content', () => {
    expect(feeds[1]).toBe(feeds[0]);
  });

  it('passes the feed check', () => {
    const { problems, episodes } = checkFeed(feeds[0]!, { readSiteFile: siteFolderReader(join(sites[0]!.dir, 'dist')) });
    expect(problems).toEqual([]);
    expect(episodes).toBeGreaterThan(5);
  });

  it('is read by podcast-partytime with every item, each duration and enclosure length equal to the real audio file', async () => {
    const feed = partytime.parseFeed(feeds[0]!)!;
    const audioFiles = (feeds[0]!.match(/<enclosure url="[^"]+"/g) ?? []).length;
    expect(feed.items).toHaveLength(audioFiles);
    for (const item of feed.items) {
      const file = join(sites[0]!.dir, 'public', decodeURIComponent(new URL(item.enclosure.url).pathname));
      const facts = await readAudioFacts(file);
      expect({ title: item.title, length: item.enclosure.length, duration: item.duration }).toEqual({
        title: item.title,
        length: facts.bytes,
        duration: Math.round(facts.duration!),
      });
    }
  });

  it('recognises every Podcasting 2.0 tag of the demo feed', () => {
    const { pc20support } = partytime.parseFeed(feeds[0]!)!;
    expect(Object.values(pc20support).flat()).toEqual(
      expect.arrayContaining([
        'guid',
        'locked',
        'funding',
        'person',
        'medium',
        'transcript',
        'season',
        'episode',
        'trailer',
        'podroll',
        'socialInteract',
      ]),
    );
  });
});

describe('feed settings Apple would reject fail the build', () => {
  const site = useFixtureSite();
  let settings: string;

  beforeAll(() => {
    addEpisode(site, 'gut');
    settings = readFileSync(join(site.dir, 'content/settings.yaml'), 'utf8');
  });

  it('artwork of the wrong size names the settings file, the field and the size', async () => {
    const png = new Resvg(
      '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1200"><rect width="1200" height="1200" fill="#0b6e69"/></svg>',
    )
      .render()
      .asPng();
    site.write('public/klein.png', png);
    const { code, output } = await site.buildWith({
      'content/settings.yaml': settings.replace('artwork: /artwork.jpg', 'artwork: /klein.png'),
    });
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/settings.yaml: artwork: public/klein.png is 1200×1200 px; expected between 1400×1400 and 3000×3000 px',
    );
  });

  it('an unknown category names the settings file, the entry and the allowed categories', async () => {
    const { code, output } = await site.buildWith({ 'content/settings.yaml': settings.replace('  - Technology', '  - Technik') });
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/settings.yaml: categories.1: "Technik" is not an Apple Podcasts category; expected one of: Arts, Business',
    );
  });
});
