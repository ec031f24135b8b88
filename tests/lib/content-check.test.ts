import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkCollection, duplicateNumberProblems, episodeAddressProblems, type NumberedEpisode } from '../../src/lib/content-check';

describe('two files never share one episode address', () => {
  it('distinct names pass', () => {
    expect(episodeAddressProblems(['content/episodes/001-a.md', 'content/episodes/002-b.mdx', 'content/episodes/archiv/003-c.md'])).toEqual(
      [],
    );
  });

  it.each([
    [
      ['content/episodes/x.md', 'content/episodes/x.mdx'],
      'content/episodes/x.md and content/episodes/x.mdx: both would be served at /folgen/x/',
    ],
    [
      ['content/episodes/001-x.md', 'content/episodes/archiv/001-x.md'],
      'content/episodes/001-x.md and content/episodes/archiv/001-x.md: both would be served at /folgen/001-x/',
    ],
    [
      ['content/episodes/a/y.md', 'content/episodes/b/y.md', 'content/episodes/y.mdx'],
      'content/episodes/a/y.md, content/episodes/b/y.md and content/episodes/y.mdx: all would be served at /folgen/y/',
    ],
  ])('%j', (paths, message) => {
    expect(episodeAddressProblems(paths)).toEqual([expect.stringContaining(message)]);
  });

  it('a file name that is no address names the file', () => {
    expect(episodeAddressProblems(['content/episodes/Folge Eins.md'])).toEqual([
      expect.stringContaining('content/episodes/Folge Eins.md: the file name'),
    ]);
  });
});

describe('two full episodes never share one number in one season', () => {
  const entry = (path: string, data: NumberedEpisode) => ({ path, data });

  it.each<[string, NumberedEpisode[], string[]]>([
    [
      'different numbers',
      [
        { type: 'full', episode: 1 },
        { type: 'full', episode: 2 },
      ],
      [],
    ],
    [
      'one number in two seasons',
      [
        { type: 'full', episode: 1, season: 1 },
        { type: 'full', episode: 1, season: 2 },
      ],
      [],
    ],
    [
      'a bonus episode beside its full episode',
      [
        { type: 'full', episode: 5 },
        { type: 'bonus', episode: 5 },
      ],
      [],
    ],
    ['trailers without numbers', [{ type: 'trailer' }, { type: 'trailer' }], []],
    [
      'one number twice',
      [
        { type: 'full', episode: 7 },
        { type: 'full', episode: 7 },
      ],
      ['content/episodes/0.md and content/episodes/1.md: both are episode 7;'],
    ],
    [
      'one number twice in a season',
      [
        { type: 'full', episode: 3, season: 2 },
        { type: 'full', episode: 3, season: 2 },
      ],
      ['content/episodes/0.md and content/episodes/1.md: both are episode 3 of season 2;'],
    ],
  ])('%s', (_, episodes, messages) => {
    const problems = duplicateNumberProblems(episodes.map((data, index) => entry(`content/episodes/${index}.md`, data)));
    expect(problems).toEqual(messages.map((message) => expect.stringContaining(message)));
  });
});

describe('each file is checked against its schema, naming file, line or field', () => {
  const schema = z.object({ title: z.string(), episode: z.number().optional() });

  it('valid files come back as entries with their data', () => {
    const { entries, problems } = checkCollection([{ path: 'content/x.md', text: '---\ntitle: Hallo\n---\n' }], schema);
    expect(problems).toEqual([]);
    expect(entries).toEqual([{ path: 'content/x.md', data: { title: 'Hallo' } }]);
  });

  it.each([
    ['---\ntitle: Hallo\n', 'content/x.md:1: the frontmatter that starts here with "---" is never closed'],
    ['---\ntitle: [offen\n---\n', 'content/x.md:3: the frontmatter is not valid YAML'],
    ['---\nepisode: 3\n---\n', 'content/x.md: title: required: expected text (missing)'],
    ['---\ntitle:\n---\n', 'content/x.md: title: is empty; expected text'],
    ['---\ntitle: Hallo\nepisode: drei\n---\n', 'content/x.md: episode: expected a number (found "drei")'],
  ])('%j', (text, message) => {
    const { entries, problems } = checkCollection([{ path: 'content/x.md', text }], schema);
    expect(entries).toEqual([]);
    expect(problems).toEqual([message.includes('YAML') || message.includes('closed') ? expect.stringContaining(message) : message]);
  });
});
