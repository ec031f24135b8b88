import { describe, expect, it } from 'vitest';
import { chapterHeadings, convertNotes, notesToPlainText, summarize } from '../../../src/lib/import/notes';

describe('show notes become Markdown', () => {
  it('converts HTML with headings, lists, emphasis and links', () => {
    const { markdown } = convertNotes('<h3>Links</h3><ul><li><a href="https://podlove.org/">Podlove</a></li></ul><p>Sehr <b>gut</b> &amp; <i>schön</i>.</p>');
    expect(markdown).toBe('### Links\n\n-   [Podlove](https://podlove.org/)\n\nSehr **gut** & _schön_.');
  });

  it('collects every web link once, in order', () => {
    const { links } = convertNotes('<a href="https://a.example/">A</a> <a href="https://b.example/">B</a> <a href="https://a.example/">A noch mal</a> <a href="mailto:x@example.de">Mail</a>');
    expect(links).toEqual([{ title: 'A', url: 'https://a.example/' }, { title: 'B', url: 'https://b.example/' }]);
  });

  it.each([
    ['<a href="javascript:alert(1)">Klick</a>', 'Klick'],
    ['<a href="data:text/html,x">Daten</a>', 'Daten'],
    ['<script>alert(1)</script><p>Text</p>', 'Text'],
    ['<a href="https://x.example/">  </a>Leer', 'Leer'],
    ['', ''],
  ])('hostile or empty notes %j become %j', (html, markdown) => {
    expect(convertNotes(html).markdown).toBe(markdown);
    expect(convertNotes(html).links.every(({ url }) => url.startsWith('https://'))).toBe(true);
  });
});

describe('summaries are short plain text', () => {
  it.each([
    ['<p>Erster Satz.</p><p>Zweiter &amp; <b>letzter</b> Satz.</p>', 'Erster Satz. Zweiter & letzter Satz.'],
    ['Text mit *Sternchen* und [Klammern]', 'Text mit *Sternchen* und [Klammern]'],
    ['', ''],
  ])('%j → %j', (html, text) => {
    expect(notesToPlainText(html)).toBe(text);
  });

  it('long descriptions are cut at a sentence end', () => {
    const text = `${'Ein Satz mit einigen Wörtern. '.repeat(20)}`;
    const summary = summarize(text, 100);
    expect(summary.length).toBeLessThanOrEqual(100);
    expect(summary).toMatch(/Wörtern\.$/);
  });

  it('a long text without sentence ends is cut at a word with an ellipsis', () => {
    expect(summarize('wort '.repeat(100), 22)).toBe('wort wort wort wort…');
  });
});

describe('Podlove chapters become timed headings', () => {
  it.each([
    [[{ start: '00:00:00.000', title: 'Intro und Begrüßung' }], '## Intro und Begrüßung [00:00:00]'],
    [[{ start: '1:02:03', title: 'Spät' }], '## Spät [01:02:03]'],
    [[{ start: '90', title: 'Sekunden' }], '## Sekunden [00:01:30]'],
    [[{ start: '00:05:00', title: '' }], '## Kapitel 1 [00:05:00]'],
    [[{ start: '00:05:00', title: '## Doppelt\nZeile' }], '## \\## Doppelt Zeile [00:05:00]'],
    [[{ start: 'gleich', title: 'Kaputt' }], ''],
  ])('%j → %j', (chapters, markdown) => {
    expect(chapterHeadings(chapters)).toBe(markdown);
  });
});
