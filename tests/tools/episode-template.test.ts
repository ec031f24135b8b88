import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { episodeSchema } from '../../src/schemas/episode';
import { episodeFileSlug, episodeTemplate, fieldDocs, nextEpisodeNumber } from '../../tools/episode-template';

describe('a new episode file', () => {
  const docs = fieldDocs(episodeSchema);
  const text = episodeTemplate({ title: 'Größer denken', number: 10, day: '2024-05-02', slug: '010-groesser-denken', docs });
  const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);

  it('is a valid draft with the next number and the given day', () => {
    const result = episodeSchema.safeParse(frontmatter);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(frontmatter).toMatchObject({
      title: 'Größer denken',
      episode: 10,
      published: '2024-05-02',
      draft: true,
      audio: { url: '/audio/010-groesser-denken.mp3' },
    });
  });

  it("explains every schema field with the schema's own description", () => {
    for (const doc of docs.flatMap((field) => [field, ...field.children, ...field.entryFields])) {
      expect(doc.description, doc.key).not.toBe('');
      expect(text, doc.key).toContain(doc.description);
    }
  });

  it.each([
    [[], 1],
    [[1, 2, 9], 10],
    [[3, 'vier', undefined, 2.5, null], 4],
  ])('after the numbers %j comes %d', (numbers, next) => {
    expect(nextEpisodeNumber(numbers)).toBe(next);
  });

  it.each([
    [7, 'Über Maß', [], '007-ueber-mass'],
    [7, 'Über Maß', ['007-ueber-mass'], '007-ueber-mass-2'],
    [123, '???', [], '123'],
  ])('episode %d titled %j is named %s', (number, title, taken, slug) => {
    expect(episodeFileSlug(number, title, new Set(taken))).toBe(slug);
  });
});
