import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc';

describe('table of contents', () => {
  it('nests h3 under the preceding h2 and skips other levels', () => {
    const toc = buildToc([
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'A1x' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((item) => [item.id, item.children.map((child) => child.id)])).toEqual([
      ['a', ['a1']],
      ['b', []],
    ]);
  });

  it('keeps an h3 that comes before any h2', () => {
    expect(
      buildToc([
        { depth: 3, slug: 'x', text: 'X' },
        { depth: 2, slug: 'a', text: 'A' },
      ]).map((item) => item.id),
    ).toEqual(['x', 'a']);
  });

  it('starts at the highest level there is: an episode’s chapters are h3 under the page’s own h2', () => {
    const toc = buildToc([
      { depth: 3, slug: 'transkript', text: 'Transkript' },
      { depth: 3, slug: 'a', text: 'A' },
      { depth: 4, slug: 'a1', text: 'A1' },
      { depth: 5, slug: 'a1x', text: 'A1x' },
      { depth: 3, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((item) => [item.id, item.children.map((child) => child.id)])).toEqual([
      ['transkript', []],
      ['a', ['a1']],
      ['b', []],
    ]);
  });

  it('lists a deeper heading that is a chapter among the children, so every chapter is in the list', () => {
    const toc = buildToc(
      [
        { depth: 3, slug: 'a', text: 'A' },
        { depth: 5, slug: 'deep', text: 'Deep' },
        { depth: 5, slug: 'deep-untimed', text: 'Untimed' },
        { depth: 6, slug: 'deeper', text: 'Deeper [00:02:00]' },
      ],
      { deep: 90 },
    );
    expect(toc[0]!.children.map(({ id, start }) => [id, start])).toEqual([
      ['deep', 90],
      ['deeper', 120],
    ]);
  });

  it('is empty without headings', () => {
    expect(buildToc([])).toEqual([]);
  });

  it('carries chapter start times from the rendered headings', () => {
    const [item] = buildToc([{ depth: 2, slug: 'zwist', text: 'Zwist' }], { zwist: 135 });
    expect(item).toEqual({ id: 'zwist', text: 'Zwist', start: 135, children: [] });
  });

  it('reads a time still written in the heading text', () => {
    const [item] = buildToc([{ depth: 2, slug: 'fazit', text: 'Fazit [01:00:05]' }]);
    expect([item?.text, item?.start]).toEqual(['Fazit', 3605]);
  });
});
