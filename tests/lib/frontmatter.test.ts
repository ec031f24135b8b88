import { describe, expect, it } from 'vitest';
import { frontmatterBody, readFrontmatter } from '../../src/lib/frontmatter';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

describe('reading frontmatter the way Astro does, with the line of a mistake', () => {
  it.each([
    ['a plain block', '---\ntitle: Hallo\n---\nText', { title: 'Hallo' }],
    ['a byte order mark first', '\uFEFF---\ntitle: Hallo\n---\n', { title: 'Hallo' }],
    ['blank lines first', '\n\n---\ntitle: Hallo\n---\n', { title: 'Hallo' }],
    ['Windows line ends', '---\r\ntitle: Hallo\r\n---\r\nText', { title: 'Hallo' }],
    ['an empty block', '---\n---\nText', {}],
    ['no frontmatter at all', 'Nur Text', {}],
    ['a list instead of fields', '---\n- a\n- b\n---\n', {}],
  ])('%s', (_, text, data) => {
    expect(readFrontmatter(text)).toMatchObject({ ok: true, data });
  });

  it('the body is what follows the closing line', () => {
    expect(readFrontmatter('---\ntitle: Hallo\n---\n\n## Kapitel\n')).toMatchObject({ body: '\n## Kapitel\n' });
    expect(readFrontmatter('Nur Text')).toMatchObject({ body: 'Nur Text' });
  });

  it('a date stays a date, as Astro reads it', () => {
    const result = readFrontmatter('---\npublished: 2024-05-02\n---\n');
    expect(result.ok && result.data.published).toEqual(new Date('2024-05-02T00:00:00Z'));
  });

  it.each([
    ['a block that is never closed', '---\ntitle: Hallo\nepisode: 3\n\nText ohne Ende', 1, 'never closed'],
    ['a block never closed after blank lines', '\n\n---\ntitle: Hallo\n', 3, 'never closed'],
    ['a field written twice names the second line in the file', '---\ntitle: Hallo\ntitle: Nochmal\n---\n', 3, 'duplicated mapping key'],
    ['a tab-indented list', '---\ntitle: Hallo\ntopics:\n\t- a\n---\n', 4, 'not valid YAML'],
  ])('%s', (_, text, line, problem) => {
    const result = readFrontmatter(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain(problem);
    expect(result.line).toBe(line);
  });
});

describe("an episode's body, read from its file", () => {
  it.each([
    ['plain', '---\ntitle: Hallo\n---\n\n## Kapitel\n\nText.\n'],
    ['Windows line ends', '---\r\ntitle: Hallo\r\n---\r\n\r\n## Kapitel\r\n\r\nText.\r\n'],
    ['blank lines and a byte order mark before the frontmatter', '\uFEFF\n\n---\ntitle: Hallo\n---\n## Kapitel\n'],
    ['three dashes inside the body', '---\ntitle: Hallo\n---\nOben.\n\n---\n\nUnten.\n'],
    ['no line end at the end', '---\ntitle: Hallo\n---\nNur ein Satz.'],
    ['an empty body', '---\ntitle: Hallo\n---\n'],
  ])('is what Astro calls its body: %s', (_case, text) => {
    expect(frontmatterBody(text)).toBe(parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content.trim());
  });
});
