import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingAnchors } from '../../src/lib/markdown/heading-anchors';

async function render(markdown: string) {
  return (await markdownToHtml(markdown, { hastPlugins: [headingAnchors({ anchorLabel: 'Link zu diesem Abschnitt' })] })).html;
}

describe('heading anchors', () => {
  it('gives a chapter heading an id from its words and its time as data-start', async () => {
    const html = await render('## Zwist zwischen IT und Fachbereich [00:02:15]\n');
    expect(html).toContain('id="zwist-zwischen-it-und-fachbereich"');
    expect(html).toContain('data-start="135"');
    expect(html).not.toContain('[00:02:15]');
  });

  it('keeps the id when only the time changes', async () => {
    const before = await render('## Fazit [00:10:00]\n');
    const after = await render('## Fazit [01:12:30]\n');
    expect(before.match(/id="([^"]+)"/)?.[1]).toBe(after.match(/id="([^"]+)"/)?.[1]);
    expect(after).toContain('data-start="4350"');
  });

  it('adds a labelled self-link to every section heading', async () => {
    const html = await render('## Über *Vertrauen*\n');
    expect(html).toMatch(/<a class="heading-anchor" href="#ueber-vertrauen"|<a class="heading-anchor" href="#über-vertrauen"/);
    expect(html).toContain('aria-label="Link zu diesem Abschnitt: Über Vertrauen"');
  });

  it('makes repeated headings unique', async () => {
    const html = await render('## Fazit\n\n### Fazit\n');
    expect(html).toContain('id="fazit"');
    expect(html).toContain('id="fazit-1"');
  });

  it('leaves headings without a time untimed', async () => {
    expect(await render('## Einleitung\n')).not.toContain('data-start');
  });
});
