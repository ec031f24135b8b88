import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { listFiles, readEpisodeFiles } from '../support/content-files';
import { schemaOrgProblems } from '../support/schema-org';
import { TRANSCRIPT_FILES } from '../../src/lib/transcript/files';

const site = 'https://klartext-it.example.de';
const now = new Date();
const episodes = readEpisodeFiles();
const isHidden = (frontmatter: Record<string, unknown>) => frontmatter.draft === true || new Date(String(frontmatter.published)) > now;
const published = episodes.filter(({ frontmatter }) => !isHidden(frontmatter));
const hidden = episodes.filter(({ frontmatter }) => isHidden(frontmatter));
// transcript.html is a file for podcast apps, not a page of the site, like transcript.vtt beside it.
const pages = listFiles('dist').filter((file) => file.endsWith('.html') && !file.endsWith(`/${TRANSCRIPT_FILES.html.name}`));

const read = (file: string) => readFileSync(file, 'utf8');
const distFile = (url: string) => `dist${new URL(url).pathname}${url.endsWith('/') ? 'index.html' : ''}`;
const pageUrl = (file: string) => `${site}${file.replace(/^dist/, '').replace(/index\.html$/, '')}`;

function attribute(html: string, selector: RegExp, name: string): string | undefined {
  const tag = html.match(selector)?.[0];
  const value = tag && new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value
    ?.replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
const meta = (html: string, key: string) => attribute(html, new RegExp(`<meta (?:property|name)="${key}"[^>]*>`), 'content');

function jsonLd(html: string): Record<string, unknown> {
  const text = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  expect(text, 'the page has a JSON-LD script').toBeDefined();
  return JSON.parse(text!);
}
const nodes = (document: Record<string, unknown>) => document['@graph'] as Record<string, unknown>[];

describe('every page can be found and shared', () => {
  it('the demo site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(15);
  });

  it.each(pages)('%s has a title, description, canonical URL and Open Graph and Twitter tags', (file) => {
    const html = read(file);
    expect(/<title>[^<]+<\/title>/.test(html)).toBe(true);
    expect(meta(html, 'description')).toBeTruthy();
    const canonical = attribute(html, /<link rel="canonical"[^>]*>/, 'href');
    if (!file.endsWith('404.html')) expect(canonical).toBe(pageUrl(file));
    for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image']) {
      expect(meta(html, key), key).toBeTruthy();
    }
    expect(meta(html, 'og:url')).toBe(canonical);
    expect(existsSync(distFile(meta(html, 'og:image')!)), `${meta(html, 'og:image')} exists`).toBe(true);
  });
});

describe('share images', () => {
  const images = published.map(({ slug }) => {
    const html = read(`dist/folgen/${slug}/index.html`);
    return { slug, url: meta(html, 'og:image')! };
  });

  it.each(images)('$slug has its own 1200×630 PNG share image', ({ slug, url }) => {
    expect(url).toBe(`${site}/og/${slug}.png`);
    expect(imageSize(readFileSync(distFile(url)))).toMatchObject({ type: 'png', width: 1200, height: 630 });
  });

  it('no two episodes share the same image, and none uses the site image', () => {
    const hashes = [...images.map(({ url }) => distFile(url)), 'dist/og/site.png'].map((file) =>
      createHash('sha256').update(readFileSync(file)).digest('hex'),
    );
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});

describe('structured data', () => {
  it('the home page describes the podcast as a PodcastSeries using only schema.org terms', () => {
    const document = jsonLd(read('dist/index.html'));
    const series = nodes(document).find((node) => node['@type'] === 'PodcastSeries');
    expect(series).toMatchObject({ name: 'Klartext IT', url: `${site}/`, webFeed: `${site}/feed.xml`, author: { '@type': 'Person' } });
    expect(schemaOrgProblems(document)).toEqual([]);
  });

  it('a timed episode is a PodcastEpisode with series, audio, date, transcript, people, chapters and breadcrumbs', () => {
    const document = jsonLd(read('dist/folgen/004-vertraust-du-deiner-it/index.html'));
    const [episode, breadcrumbs] = nodes(document);
    expect(episode).toMatchObject({
      '@type': 'PodcastEpisode',
      partOfSeries: { '@type': 'PodcastSeries', url: `${site}/` },
      associatedMedia: {
        '@type': 'AudioObject',
        contentUrl: `${site}/audio/004-vertraust-du-deiner-it.mp3`,
        duration: expect.stringMatching(/^PT(\d+H)?(\d+M)?(\d+S)?$/),
      },
      author: { '@type': 'Person', name: 'Oliver Hartmann' },
      contributor: [{ '@type': 'Person', name: 'Katrin Albers' }],
    });
    expect(Number.isNaN(Date.parse(String(episode!.datePublished)))).toBe(false);
    const transcript = (episode!.associatedMedia as Record<string, string>).transcript!;
    expect(existsSync(distFile(transcript))).toBe(true);
    const clips = episode!.hasPart as Record<string, unknown>[];
    expect(clips.length).toBeGreaterThan(3);
    for (const clip of clips) expect(clip).toMatchObject({ '@type': 'Clip', startOffset: expect.any(Number) });
    expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
    expect(schemaOrgProblems(document)).toEqual([]);
  });

  it('every chapter clip points at a heading on the page with the same start time', () => {
    const html = read('dist/folgen/004-vertraust-du-deiner-it/index.html');
    const clips = nodes(jsonLd(html))[0]!.hasPart as { url: string; startOffset: number }[];
    for (const clip of clips) {
      const id = decodeURIComponent(new URL(clip.url).hash.slice(1));
      expect(html).toMatch(
        new RegExp(`<h[2-4][^>]*(data-start="${clip.startOffset}"[^>]*id="${id}"|id="${id}"[^>]*data-start="${clip.startOffset}")`),
      );
    }
  });
});

describe('sitemap and robots.txt', () => {
  const sitemap = read('dist/sitemap-0.xml');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

  it('robots.txt points at the sitemap index, which points at the sitemap', () => {
    expect(read('dist/robots.txt')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
    expect(read('dist/sitemap-index.xml')).toContain(`${site}/sitemap-0.xml`);
  });

  it('lists every built page except those marked noindex (404, thank-you), and nothing else', () => {
    const expected = pages.filter((file) => !read(file).includes('<meta name="robots" content="noindex">')).map(pageUrl);
    expect(expected.length).toBeLessThan(pages.length);
    expect([...listed].sort()).toEqual([...expected].sort());
  });

  it.each(published.map(({ slug }) => slug))('lists the published episode %s', (slug) => {
    expect(listed).toContain(`${site}/folgen/${slug}/`);
  });

  it.each(hidden.map(({ slug }) => slug))('does not list the unpublished episode %s', (slug) => {
    expect(sitemap).not.toContain(slug);
  });
});

describe('share links on episode pages', () => {
  it.each(published.map(({ slug }) => slug))('%s: every share link carries the episode URL, correctly encoded', (slug) => {
    const html = read(`dist/folgen/${slug}/index.html`);
    const episodeUrl = `${site}/folgen/${slug}/`;
    const links = [...html.matchAll(/<a [^>]*data-share-target="([a-z]+)"[^>]*>/g)].map(([tag, target]) => ({
      target: target!,
      href: attribute(tag, /<a [^>]*>/, 'href')!,
    }));
    expect(links.map(({ target }) => target).sort()).toEqual(['bluesky', 'email', 'linkedin', 'whatsapp', 'x', 'xing']);
    for (const { target, href } of links) {
      const params = [...new URLSearchParams(href.slice(href.indexOf('?') + 1)).values()];
      expect(
        params.some((value) => value === episodeUrl || value.endsWith(`\n${episodeUrl}`)),
        `${target}: ${href}`,
      ).toBe(true);
      expect(href, target).not.toContain(episodeUrl);
    }
  });
});

describe('files for tools that read the site', () => {
  it('llms.txt lists every published episode with its plain-text transcript and no unpublished one', () => {
    const text = read('dist/llms.txt');
    expect(text.startsWith('# Klartext IT\n')).toBe(true);
    for (const { slug } of published) expect(text).toContain(`${site}/folgen/${slug}/transcript.txt`);
    for (const { slug } of hidden) expect(text).not.toContain(slug);
  });

  it.each(published.map(({ slug, frontmatter }) => [slug, String(frontmatter.title)]))(
    '%s has a plain-text transcript without time marks or markdown',
    (slug, title) => {
      const text = read(`dist/folgen/${slug}/transcript.txt`);
      expect(text.startsWith(`${title}\nKlartext IT\n${site}/folgen/${slug}/\n\n`)).toBe(true);
      expect(text).not.toMatch(/^\s*\[\d{1,2}:\d{2}(:\d{2})?\]|\*\*|^#{1,6} |^import /m);
    },
  );
});
