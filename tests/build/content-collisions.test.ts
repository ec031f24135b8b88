import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFixtureSite } from '../support/fixture-site';
import { addEpisode, episodeFile, validFrontmatter } from '../support/test-episodes';

/**
 * Content that would silently lose an episode, publish nonsense or fail deep
 * inside Astro stops the build first, with one plain line naming every file involved.
 */
describe('collisions and nonsense in content stop the build, naming the files', () => {
  const site = useFixtureSite();

  const episode = (slug: string, change: (lines: string[]) => string[] = (lines) => lines) => episodeFile(change(validFrontmatter(slug)));
  const numbered = (number: number) => (lines: string[]) =>
    lines.map((line) => (line.startsWith('episode:') ? `episode: ${number}` : line));
  const replaced = (field: string, value: string) => (lines: string[]) =>
    lines.map((line) => (line.startsWith(`${field}:`) ? `${field}: ${value}` : line));

  beforeAll(() => {
    addEpisode(site, '001-erste');
  });

  const fails = async (files: Record<string, string>) => {
    const { code, output } = await site.buildWith(files);
    expect(code, output).not.toBe(0);
    expect(output).not.toMatch(/Stack trace|\*\*|InvalidContentEntryDataError/);
    return output;
  };

  it.each([
    [
      'x.md beside x.mdx',
      { 'content/episodes/001-erste.mdx': episode('001-erste', numbered(2)) },
      'content/episodes/001-erste.md and content/episodes/001-erste.mdx: both would be served at /folgen/001-erste/',
    ],
    [
      'a file in a sub-folder with the name of another',
      { 'content/episodes/archiv/001-erste.md': episode('001-erste', numbered(2)) },
      'content/episodes/001-erste.md and content/episodes/archiv/001-erste.md: both would be served at /folgen/001-erste/',
    ],
    [
      'two full episodes with one number',
      { 'content/episodes/002-zweite.md': episode('001-erste') },
      'content/episodes/001-erste.md and content/episodes/002-zweite.md: both are episode 1;',
    ],
    [
      'two full episodes with one number in one season',
      {
        'content/episodes/001-erste.md': episode('001-erste', (lines) => [...lines, 'season: 2']),
        'content/episodes/002-zweite.md': episode('001-erste', (lines) => [...lines, 'season: 2']),
      },
      'content/episodes/001-erste.md and content/episodes/002-zweite.md: both are episode 1 of season 2;',
    ],
    [
      'a blank title',
      { 'content/episodes/002-zweite.md': episode('001-erste', (lines) => replaced('title', '"   "')(numbered(2)(lines))) },
      'content/episodes/002-zweite.md: title: expected the episode title with visible text',
    ],
    [
      'a title of only invisible characters',
      {
        'content/episodes/002-zweite.md': episode('001-erste', (lines) => replaced('title', '"\\u200B\\u200D\\uFEFF"')(numbered(2)(lines))),
      },
      'content/episodes/002-zweite.md: title: expected the episode title with visible text, not only spaces or invisible characters (found "\\u{200B}\\u{200D}\\u{FEFF}")',
    ],
    [
      'an empty summary',
      { 'content/episodes/002-zweite.md': episode('001-erste', (lines) => replaced('summary', '')(numbered(2)(lines))) },
      'content/episodes/002-zweite.md: summary: is empty; expected a summary of one to three sentences',
    ],
    [
      'a topic that makes no address',
      { 'content/episodes/002-zweite.md': episode('001-erste', (lines) => [...numbered(2)(lines), 'topics:', '  - "!!!"']) },
      'content/episodes/002-zweite.md: topics.0: expected a topic with at least one letter or digit',
    ],
    [
      'an image from another site in the text',
      {
        'content/episodes/001-erste.md': episodeFile(
          validFrontmatter('001-erste'),
          'Ein Bild: ![Foto](https://tracker.example/pixel.gif)\n',
        ),
      },
      'content/episodes/001-erste.md: <img> would load https://tracker.example/pixel.gif from another site as soon as the page opens',
    ],
    [
      'a frame from another site in the text of an MDX episode',
      {
        'content/episodes/002-zweite.mdx': episodeFile(
          validFrontmatter('001-erste').map((line) => (line.startsWith('episode:') ? 'episode: 2' : line)),
          '<iframe src="https://video.example/embed/1" />\n',
        ),
      },
      'content/episodes/002-zweite.mdx: <iframe> would load https://video.example/embed/1 from another site',
    ],
    [
      'frontmatter that is never closed',
      { 'content/episodes/002-zweite.md': '---\ntitle: Offen\nepisode: 2\n\nDer Text beginnt, aber die Kopfzeilen enden nie.\n' },
      'content/episodes/002-zweite.md:1: the frontmatter that starts here with "---" is never closed',
    ],
  ])('%s', async (_, files, message) => {
    expect(await fails(files)).toContain(message);
  });

  it('two episodes that would get one guid name both files, without a stack trace', async () => {
    const output = await fails({ 'content/episodes/001-erste-bonus.md': episode('001-erste', (lines) => [...lines, 'type: bonus']) });
    expect(output).toMatch(
      /content\/episodes\/001-erste(-bonus)?\.md: guid: "[0-9a-f-]+" is also the guid of content\/episodes\/001-erste(-bonus)?\.md/,
    );
  });

  it('a bonus episode may share the number of the episode it belongs to', async () => {
    const { code, output } = await site.buildWith({
      'content/episodes/001-erste-bonus.md': episode('001-erste', (lines) => [
        ...replaced('published', '2024-05-09')(lines),
        'type: bonus',
      ]),
    });
    expect(code, output).toBe(0);
  });

  it('topics in any script get a working page', async () => {
    const { code, output } = await site.buildWith({
      'content/episodes/001-erste.md': episode('001-erste', (lines) => [
        ...lines,
        'topics:',
        '  - 日本語',
        '  - Русский язык',
        '  - IT-Sicherheit',
      ]),
    });
    expect(code, output).toBe(0);
    for (const slug of ['日本語', 'русский-язык', 'it-sicherheit']) {
      const page = join(site.dir, 'dist/themen', slug, 'index.html');
      expect(existsSync(page), slug).toBe(true);
      expect(readFileSync(page, 'utf8')).toContain('Eine Testfolge');
    }
    expect(readFileSync(join(site.dir, 'dist/folgen/001-erste/index.html'), 'utf8')).toContain('href="/themen/日本語/"');
  });
});
