import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from 'feedsmith';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../quality/static-server';
import { useBrowser } from '../support/browser';
import type { BuildResult } from '../../quality/fixture-site';
import { useFixtureSite } from '../support/fixture-site';
import { episodeFile, validFrontmatter } from '../support/test-episodes';
import { pageRecordingRequests, resultEpisodes, resultsFor } from '../support/search-page';

/**
 * What podcasters type: markup characters in a title ("Cloud > Rechenzentrum?"),
 * emoji, Arabic and Hebrew, invisible characters pasted from elsewhere. The site
 * must build, find the episode, and show and publish the text exactly as written.
 */
const EPISODES = [
  {
    slug: 'cloud-oder-rechenzentrum',
    title: `Cloud > Rechenzentrum? <Teil 1> & "Fragen" 'dazu' ]]> Ende`,
    summary: `Wenn Kosten < Nutzen && Last > Plan: "Zitate", 'Apostrophe' & ]]> im Text, dazu <b>kein</b> Fett.`,
    body: `Shownotes: a < b && c > d, "doppelt" & 'einfach', dazu ]]> und <!-- kein Kommentar -->.\n\n[00:00:00] **Oliver:** Der Serverschrankvergleich zeigt: Kosten < Nutzen, wenn man es "richtig" macht & 'sauber' dokumentiert ]]>.\n`,
    word: 'Serverschrankvergleich',
  },
  {
    slug: 'emoji-und-schriften',
    title: '🎙️ Klartext 👩🏽‍💻: مرحبا بالعالم · שלום עולם',
    summary: 'Ein Gespräch über Schriften 🚀 von rechts nach links: العربية und עברית, mitten im deutschen Satz.',
    body: 'Shownotes 📎: مرحبا und שלום.\n\n[00:00:00] **Katrin:** Das Funkstillenprotokoll 🎧 gilt auch für مرحبا بالعالم und שלום עולם.\n',
    word: 'Funkstillenprotokoll',
  },
  {
    slug: 'unsichtbare-zeichen',
    title: 'Null\u200Bbreite Zei\u200Dchen, wei\u00ADche Tren\u2060nung',
    summary: 'Unsichtbar:\u200B\u200C\u200D\u2060 und \u200Frechts\u200E links, \u2067isoliert\u2069.',
    body: 'Unsichtbare\u200BZeichen in den Shownotes.\n\n[00:00:00] **Oliver:** Die Unsichtbarkeitsregel\u200C gilt\u2060 auch hier.\n',
    word: 'Unsichtbarkeitsregel',
  },
];

type Element = DefaultTreeAdapterTypes.Element;

/** The elements of a built page, parsed as a browser would. */
function elementsOf(html: string): Element[] {
  const all: Element[] = [];
  const walk = (node: DefaultTreeAdapterTypes.ParentNode) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) {
        all.push(child);
        walk(child);
      }
    }
  };
  walk(parse(html));
  return all;
}

const textOf = (element: Element | undefined): string =>
  element ? element.childNodes.map((child) => ('value' in child ? child.value : 'tagName' in child ? textOf(child) : '')).join('') : '';
const attributeOf = (element: Element | undefined, name: string) => element?.attrs.find((attr) => attr.name === name)?.value;

describe('episodes whose texts hold markup characters, emoji, right-to-left and invisible characters', () => {
  const site = useFixtureSite();
  let build: BuildResult;
  let dist: string;

  beforeAll(async () => {
    EPISODES.forEach(({ slug, title, summary, body }, index) => {
      site.copy('tests/fixtures/audio/kurz.mp3', `public/audio/${slug}.mp3`);
      // JSON strings are YAML strings too, so every character reaches the frontmatter as written.
      const written: Record<string, string> = {
        title: JSON.stringify(title),
        summary: JSON.stringify(summary),
        episode: String(index + 1),
        published: `2024-05-0${index + 1}`,
      };
      const lines = validFrontmatter(slug).map((line) => {
        const field = line.slice(0, line.indexOf(':'));
        return field in written ? `${field}: ${written[field]}` : line;
      });
      site.write(`content/episodes/${slug}.md`, episodeFile(lines, body));
    });
    build = await site.build();
    dist = join(site.dir, 'dist');
  });

  it('build, search index included', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.code).toBe(0);
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
  });

  it.each(EPISODES)('$slug: the page shows title and summary as text, in <h1>, <title> and the description', ({ slug, title, summary }) => {
    const elements = elementsOf(readFileSync(join(dist, 'folgen', slug, 'index.html'), 'utf8'));
    expect(elements.filter((element) => element.tagName === 'h1').map(textOf)).toEqual([title]);
    expect(textOf(elements.find((element) => element.tagName === 'title')).startsWith(title)).toBe(true);
    expect(
      attributeOf(
        elements.find((element) => element.tagName === 'meta' && attributeOf(element, 'name') === 'description'),
        'content',
      ),
    ).toBe(summary);
    expect(textOf(elements.find((element) => attributeOf(element, 'class')?.split(' ').includes('episode__summary')))).toBe(summary);
  });

  it.each(EPISODES)('$slug: the feed carries title and summary byte for byte', ({ slug, title, summary }) => {
    const { feed } = parseFeed(readFileSync(join(dist, 'feed.xml'), 'utf8'));
    const items =
      (feed as { items?: { title?: string; description?: string; link?: string; content?: { encoded?: string } }[] }).items ?? [];
    const item = items.find((candidate) => candidate.link?.endsWith(`/folgen/${slug}/`));
    expect(item).toMatchObject({ title, description: summary });
    const shownotes = elementsOf(item!.content!.encoded!);
    expect(textOf(shownotes.find((element) => element.tagName === 'p'))).toBe(summary);
  });

  describe('in the search page', () => {
    const browser = useBrowser();
    let server: StaticServer;

    beforeAll(async () => {
      server = await serveStatic(dist);
    });

    afterAll(async () => {
      await server?.close();
    });

    it.each(EPISODES)('$slug is found by a word of its transcript, its title shown as text', async ({ slug, title, word }) => {
      const { page, close } = await pageRecordingRequests(browser, '/pagefind/', { siteUrl: server.url });
      await page.goto(`/suche/?q=${encodeURIComponent(word)}`);
      await resultsFor(page, word);
      expect(await resultEpisodes(page)).toEqual([`/folgen/${slug}/`]);
      await expect(page.locator('[data-search-results] h2 a').textContent()).resolves.toBe(title);
      await close();
    });

    it.each([['مرحبا'], ['שלום']])('the right-to-left word %s finds the episode that says it', async (word) => {
      const { page, close } = await pageRecordingRequests(browser, '/pagefind/', { siteUrl: server.url });
      await page.goto(`/suche/?q=${encodeURIComponent(word)}`);
      await resultsFor(page, word);
      expect(await resultEpisodes(page)).toEqual(['/folgen/emoji-und-schriften/']);
      await close();
    });
  });
});
