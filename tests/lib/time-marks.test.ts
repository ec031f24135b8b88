import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingAnchors } from '../../src/lib/markdown/heading-anchors';
import { timeMarks } from '../../src/lib/markdown/time-marks';

async function render(markdown: string) {
  const hastPlugins = [headingAnchors({ anchorLabel: 'Link zu diesem Abschnitt' }), timeMarks({ playLabel: 'Abspielen ab' })];
  return (await markdownToHtml(markdown, { hastPlugins })).html;
}

describe('time marks in the transcript', () => {
  it('turns a leading time mark into a link to that moment and marks the paragraph and speaker', async () => {
    const html = await render('[00:02:40] **Oliver:** Hallo Katrin.\n');
    expect(html).toContain(
      '<p data-start="160" data-speaker="Oliver"><a class="timecode" href="#t=160" aria-label="Abspielen ab 00:02:40" data-pagefind-ignore="">00:02:40</a> <strong class="speaker">Oliver:</strong> Hallo Katrin.</p>',
    );
  });

  it.each([
    ['[01:02:03] **Katrin**: Nein.', 3723, 'Katrin'],
    ['[02:15] **Oliver:** Kurz.', 135, 'Oliver'],
  ])('reads hours, mm:ss and a colon after the bold name: %s', async (markdown, start, speaker) => {
    const html = await render(`${markdown}\n`);
    expect(html).toContain(`data-start="${start}"`);
    expect(html).toContain(`data-speaker="${speaker}"`);
    expect(html).toContain(`href="#t=${start}"`);
  });

  it('links a time mark without a speaker and marks no speaker', async () => {
    const html = await render('[00:03:00] Ohne Sprecher, aber **betont**.\n');
    expect(html).toContain('data-start="180"');
    expect(html).not.toContain('data-speaker');
    expect(html).not.toContain('class="speaker"');
  });

  it.each([
    ['a time in the middle of a paragraph', 'Kein [00:01:00] am Anfang.'],
    ['a mistyped time', '[00:61:00] **Oliver:** Falsch.'],
    ['bold text that is not a name', '**Wichtig** ist das.'],
  ])('leaves %s as text', async (_, markdown) => {
    const html = await render(`${markdown}\n`);
    expect(html).not.toContain('data-start');
    expect(html).not.toContain('class="timecode"');
  });

  it('gives a chapter heading a visible link to its start, outside the heading text', async () => {
    const html = await render('## Zwist zwischen IT und Fachbereich [00:02:15]\n');
    expect(html).toMatch(
      /<div class="chapter-heading"><h2 data-start="135" id="zwist-zwischen-it-und-fachbereich">Zwist zwischen IT und Fachbereich<a class="heading-anchor"[^>]*><\/a><\/h2><a class="timecode chapter-heading__time" href="#t=135" aria-label="Abspielen ab 00:02:15" data-pagefind-ignore="">00:02:15<\/a><\/div>/,
    );
  });

  it('leaves untimed headings alone', async () => {
    expect(await render('## Transkript\n')).not.toContain('chapter-heading');
  });
});
