import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFixtureSite } from '../support/fixture-site';
import { episodeFile } from '../support/test-episodes';

/** Eight episodes on two topics, a day apart; the ninth is the weekly publish. */
const EPISODES = Array.from({ length: 9 }, (_, index) => ({
  slug: `folge-${index + 1}`,
  title: `Folge Nummer ${index + 1} <&> «Ü»`,
  topic: index < 4 ? 'Verträge' : 'Führung',
  day: `2024-05-${String(index + 1).padStart(2, '0')}`,
}));

const episode = ({ slug, title, topic, day }: (typeof EPISODES)[number], number: number) =>
  episodeFile(
    [
      `title: ${JSON.stringify(title)}`,
      `episode: ${number}`,
      `published: ${day}`,
      'summary: Eine Folge für Tests.',
      'audio:',
      `  url: /audio/${slug}.mp3`,
      'topics:',
      `  - ${topic}`,
    ],
    `## Transkript\n\n## Anfang [00:00:00]\n\n[00:00:00] **Oliver:** Willkommen zu ${slug}.\n`,
  );

/** The output files of routes with a cache key (dynamic routes; not the site's own share image): only these can be reused. */
const KEYED = /^\/(folgen\/(?!index\.html)[^/]+\/|og\/(?!site\.png$)|themen\/[^/]+\/|togo\/[^/]+\/)/;

/** What Astro's log says about each output file: rendered now, or copied from the last build. */
function renderedFiles(output: string): { rendered: Set<string>; reused: Set<string> } {
  const rendered = new Set<string>();
  const reused = new Set<string>();
  for (const line of output.split('\n')) {
    const file = /[├└]─ (\/\S+)/.exec(line)?.[1];
    if (!file || !KEYED.test(file)) continue;
    (/\((cached|restored)\)/.test(line) ? reused : rendered).add(file);
  }
  return { rendered, reused };
}

/** Every text file of the site, by its path from dist/, except the search index (its own test covers it). */
function siteFiles(dist: string): Map<string, string> {
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(html|xml|json|txt|vtt|srt)$/.test(entry.name))
      .map((entry) => `/${join(entry.parentPath, entry.name).slice(dist.length + 1)}`)
      .filter((file) => !file.startsWith('/pagefind/'))
      .map((file) => [file, readFileSync(join(dist, file), 'utf8')]),
  );
}

/** The keyed output files that link to an episode page, besides the episode's own files. */
function filesShowing(files: Map<string, string>, slug: string): Set<string> {
  return new Set(
    [...files]
      .filter(([file, text]) => KEYED.test(file) && !file.startsWith(`/folgen/${slug}/`) && text.includes(`/folgen/${slug}/`))
      .map(([file]) => file),
  );
}

const ownFiles = (files: Iterable<string>, slug: string) =>
  [...files].filter((file) => file.startsWith(`/folgen/${slug}/`) || file === `/og/${slug}.png`);

describe('the weekly publish re-renders only the pages that show the new episode', () => {
  const site = useFixtureSite();
  const dist = () => join(site.dir, 'dist');

  beforeAll(async () => {
    for (const [index, item] of EPISODES.slice(0, 8).entries()) {
      site.copy('tests/fixtures/audio/kurz.mp3', `public/audio/${item.slug}.mp3`);
      site.write(`content/episodes/${item.slug}.md`, episode(item, index + 1));
    }
    const first = await site.build();
    expect(first.code, first.output).toBe(0);
  });

  it('adding the newest episode renders its files and the pages that list it, and copies every other page', async () => {
    const newest = EPISODES[8]!;
    site.copy('tests/fixtures/audio/kurz.mp3', `public/audio/${newest.slug}.mp3`);
    site.write(`content/episodes/${newest.slug}.md`, episode(newest, 9));
    const { code, output } = await site.build();
    expect(code, output).toBe(0);

    const files = siteFiles(dist());
    const showing = filesShowing(files, newest.slug);
    const { rendered, reused } = renderedFiles(output);
    // Related lists on its topic's latest pages and its topic page, nothing on the other topic.
    expect([...showing].sort()).toEqual(['/folgen/folge-7/index.html', '/folgen/folge-8/index.html', '/themen/fuehrung/index.html']);
    expect([...rendered].filter((file) => !ownFiles([file], newest.slug).length).sort()).toEqual([...showing].sort());
    expect(ownFiles(rendered, newest.slug)).toContain(`/folgen/${newest.slug}/index.html`);
    expect(ownFiles(rendered, newest.slug)).toContain(`/og/${newest.slug}.png`);
    expect(reused).toContain('/folgen/folge-1/index.html');
    expect(reused).toContain('/themen/vertraege/index.html');
    for (const file of showing) expect(files.get(file)).toContain('Folge Nummer 9 &lt;&amp;&gt; «Ü»');
  });

  it('a changed title reaches every page that shows the episode, and only those render again', async () => {
    const changed = { ...EPISODES[6]!, title: 'Neuer Titel für Folge 7 & mehr' };
    const before = filesShowing(siteFiles(dist()), changed.slug);
    site.write(`content/episodes/${changed.slug}.md`, episode(changed, 7));
    const { code, output } = await site.build();
    expect(code, output).toBe(0);

    const files = siteFiles(dist());
    expect(filesShowing(files, changed.slug)).toEqual(before);
    expect(before.size).toBeGreaterThan(1);
    for (const file of [...before, `/folgen/${changed.slug}/index.html`, `/folgen/${changed.slug}/transcript.txt`]) {
      expect(files.get(file), file).toContain(
        file.endsWith('.txt') ? 'Neuer Titel für Folge 7 & mehr' : 'Neuer Titel für Folge 7 &amp; mehr',
      );
      expect(files.get(file), file).not.toContain('Folge Nummer 7 ');
    }
    const { rendered } = renderedFiles(output);
    expect([...rendered].filter((file) => !ownFiles([file], changed.slug).length).sort()).toEqual([...before].sort());
  });

  it('the pages of these rebuilds are byte for byte those of a build from scratch', async () => {
    const incremental = siteFiles(dist());
    site.remove('.cache');
    site.remove('dist');
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
    const scratch = siteFiles(dist());
    expect([...incremental.keys()].sort()).toEqual([...scratch.keys()].sort());
    for (const [file, text] of scratch) expect(incremental.get(file), file).toBe(text);
  });
});
