import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from 'feedsmith';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { WebVTTParser, type VttNode } from 'webvtt-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchRecords } from '../../build/search-records';
import { bodyFormat, bodyStartLine, readEpisodeBody, type EpisodeBody } from '../../src/lib/transcript/episode-body';
import { readEpisodeFiles } from '../support/content-files';
import type { BuildResult } from '../../quality/fixture-site';
import { useFixtureSite } from '../support/fixture-site';
import { episodeFile, validFrontmatter } from '../support/test-episodes';
import { oddTranscript } from '../support/odd-transcript';

/**
 * One reading of each episode body feeds everything built from it. For the
 * long demo episode and a transcript with odd headings (as Markdown and as
 * MDX with a component), the built page's heading ids and timed paragraphs,
 * its chapter list, chapters.json, the feed's chapters, the captions, the
 * search records' sections and transcript.txt all say what that reading says.
 */
const SITE = 'https://klartext-it.example.de';
const ODD = [
  { slug: 'seltsame-ueberschriften', format: 'md' },
  { slug: 'seltsame-ueberschriften-mdx', format: 'mdx' },
] as const;
const EPISODES = ['004-vertraust-du-deiner-it', ...ODD.map(({ slug }) => slug)];

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode;

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const isElement = (node: Node): node is Element => 'tagName' in node;

function descendants(element: Element | DefaultTreeAdapterTypes.Document): Element[] {
  return element.childNodes.filter(isElement).flatMap((child) => [child, ...descendants(child)]);
}

/** What a reader sees of an element, leaving out `skip` (the play links beside the words). */
function textOf(node: Node, skip: (element: Element) => boolean = () => false): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return isElement(node) && !skip(node) ? node.childNodes.map((child) => textOf(child, skip)).join('') : '';
}

/** Letters and digits only: the page sets typographic quotes and dashes, the files keep what was typed. */
const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const fragment = (url: string) => decodeURIComponent(new URL(url).hash.slice(1));
const isTimecode = (element: Element) => attribute(element, 'class')?.split(' ').includes('timecode') ?? false;

function vttText(nodes: VttNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? (node.value ?? '') : node.children ? vttText(node.children) : '')).join('');
}

describe('one reading of each episode body', () => {
  const site = useFixtureSite({ keepDemoContent: true });
  let build: BuildResult;
  const readings = new Map<string, EpisodeBody>();

  beforeAll(async () => {
    ODD.forEach(({ slug, format }, index) => {
      site.copy('tests/fixtures/audio/kurz.mp3', `public/audio/${slug}.mp3`);
      const own: Record<string, string> = { episode: String(901 + index), published: `2024-05-0${index + 2}` };
      const frontmatter = validFrontmatter(slug).map((line) => {
        const field = line.slice(0, line.indexOf(':'));
        return field in own ? `${field}: ${own[field]}` : line;
      });
      site.write(`content/episodes/${slug}.${format}`, episodeFile([...frontmatter, '  duration: 600'], oddTranscript(format)));
    });
    build = await site.build();
    for (const episode of readEpisodeFiles(join(site.dir, 'content/episodes'))) {
      if (!EPISODES.includes(episode.slug)) continue;
      const body = episode.body.trim();
      readings.set(
        episode.slug,
        readEpisodeBody(body, { format: bodyFormat(episode.file), firstLine: bodyStartLine(readFileSync(episode.file, 'utf8'), body) }),
      );
    }
  });

  const built = (slug: string, file: string) => readFileSync(join(site.dir, 'dist/folgen', slug, file), 'utf8');

  function page(slug: string) {
    const html = built(slug, 'index.html');
    const all = descendants(parse(html));
    const transcript = all.find((element) => attribute(element, 'data-search-sections') !== undefined)!;
    const inTranscript = descendants(transcript);
    return { html, all, transcript, inTranscript };
  }

  it('builds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.code).toBe(0);
  });

  it.each(EPISODES)("%s: the page gives every section heading the reading's id and start, and lists the chapters by them", (slug) => {
    const reading = readings.get(slug)!;
    const { all, inTranscript } = page(slug);
    const headings = inTranscript.filter(
      // An episode's ## to #### render one level lower, under the page's transcript heading.
      (element) => /^h[2-5]$/.test(element.tagName) && attribute(element, 'id') !== 'transcript-heading',
    );
    expect(headings.map((heading) => ({ id: attribute(heading, 'id'), start: attribute(heading, 'data-start') }))).toEqual(
      reading.headings
        .filter((heading) => heading.id !== '')
        .map(({ id, start }) => ({ id, start: start === undefined ? undefined : String(start) })),
    );
    expect(headings.map((heading) => words(textOf(heading)))).toEqual(
      reading.headings.filter((heading) => heading.id !== '').map((heading) => words(heading.text)),
    );
    // The one list beside the transcript names every section; its timed entries are the chapters.
    const chapterList = descendants(all.find((element) => attribute(element, 'data-chapter-list') !== undefined)!).filter(
      (element) => element.tagName === 'a' && attribute(element, 'data-start') !== undefined,
    );
    expect(chapterList.map((link) => ({ id: attribute(link, 'href')!.slice(1), start: Number(attribute(link, 'data-start')) }))).toEqual(
      reading.chapters.map(({ id, start }) => ({ id, start })),
    );
  });

  it.each(EPISODES)('%s: the page links exactly the timed paragraphs, with their speakers and words', (slug) => {
    const reading = readings.get(slug)!;
    const timed = reading.paragraphs.filter((paragraph) => paragraph.start !== undefined);
    const paragraphs = page(slug).inTranscript.filter(
      (element) => element.tagName === 'p' && attribute(element, 'data-start') !== undefined,
    );
    expect(
      paragraphs.map((paragraph) => ({
        start: Number(attribute(paragraph, 'data-start')),
        speaker: attribute(paragraph, 'data-speaker'),
        words: words(textOf(paragraph, isTimecode)),
      })),
    ).toEqual(timed.map(({ start, speaker, text }) => ({ start, speaker, words: words(`${speaker ?? ''} ${text}`) })));
  });

  it.each(EPISODES)("%s: chapters.json and the feed name the reading's chapters and link to its ids", (slug) => {
    const chapters = readings.get(slug)!.chapters.map(({ id, text, start }) => ({ id, title: text, start }));
    const json = JSON.parse(built(slug, 'chapters.json')) as { chapters: { startTime: number; title: string; url: string }[] };
    expect(json.chapters.map(({ url, title, startTime }) => ({ id: fragment(url), title, start: startTime }))).toEqual(chapters);
    const { feed } = parseFeed(readFileSync(join(site.dir, 'dist/feed.xml'), 'utf8'));
    const items = (feed as { items?: { link?: string; psc?: { chapters?: { href?: string; title?: string }[] } }[] }).items ?? [];
    const item = items.find((candidate) => candidate.link === `${SITE}/folgen/${slug}/`);
    expect(item?.psc?.chapters?.map(({ href, title }) => ({ id: fragment(href!), title }))).toEqual(
      chapters.map(({ id, title }) => ({ id, title })),
    );
  });

  it.each(EPISODES)('%s: the captions start each timed paragraph with its speaker and carry its words', (slug) => {
    const timed = readings.get(slug)!.paragraphs.filter((paragraph) => paragraph.start !== undefined);
    const result = new WebVTTParser().parse(built(slug, 'transcript.vtt'), 'metadata');
    expect(result.errors).toEqual([]);
    const starts = new Set(timed.map((paragraph) => paragraph.start));
    const voice = (nodes: VttNode[]) => nodes.find((node) => node.type === 'object' && node.name === 'v')?.value;
    expect(
      result.cues.filter((cue) => starts.has(cue.startTime)).map((cue) => ({ start: cue.startTime, speaker: voice(cue.tree.children) })),
    ).toEqual(timed.map(({ start, speaker }) => ({ start, speaker })));
    expect(words(result.cues.map((cue) => vttText(cue.tree.children)).join(' '))).toEqual(
      words(timed.map((paragraph) => paragraph.text).join(' ')),
    );
  });

  it.each(EPISODES)('%s: every search record starts at a section heading of the reading', (slug) => {
    const sectionIds = readings
      .get(slug)!
      .headings.filter((heading) => heading.level === 2)
      .map((heading) => heading.id);
    // With no minimum size every section becomes a record, so every id a search result can land on shows.
    const records = searchRecords(page(slug).html, `/folgen/${slug}/`, { wordsPerRecord: 0 });
    // The episode's own ## headings (h3 on the page, under the transcript heading) start the sections.
    expect(records.slice(1).map((record) => decodeURIComponent(record.url.split('#')[1]!))).toEqual(sectionIds);
  });

  it.each(EPISODES)("%s: transcript.txt is the reading's plain text, headings and paragraphs in order", (slug) => {
    const reading = readings.get(slug)!;
    const text = built(slug, 'transcript.txt').split('\n\n').slice(1).join('\n\n');
    expect(text).toBe(`${reading.plainText}\n`);
    let position = 0;
    const spoken = [
      ...reading.headings.map((heading) => ({ line: heading.line, text: heading.text })),
      ...reading.paragraphs.map((paragraph) => ({ line: paragraph.line, text: paragraph.text })),
    ];
    for (const { text: words } of spoken.sort((a, b) => a.line - b.line)) {
      const found = text.indexOf(words, position);
      expect(found, words).toBeGreaterThanOrEqual(position);
      position = found;
    }
  });
});
