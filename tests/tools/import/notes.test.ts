import { describe, expect, it } from 'vitest';
import { markdownToHtml, markdownToMdast, type MdastNode } from 'satteri';
import {
  chapterHeadings,
  checkHref,
  convertNotes,
  notesToPlainText,
  plainTextToHtml,
  summarize,
  summaryOf,
} from '../../../tools/import/notes';
import { readEpisodeBody } from '../../../src/lib/transcript/episode-body';

/** Every link of the Markdown as the site's processor reads it: its text and where it goes. */
function linksIn(markdown: string): [string, string][] {
  const found: [string, string][] = [];
  const visit = (node: MdastNode) => {
    if (node.type === 'link') found.push([textOf(node), node.url]);
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  const textOf = (node: MdastNode): string =>
    node.type === 'text' ? node.value : 'children' in node ? (node.children as MdastNode[]).map(textOf).join('') : '';
  visit(markdownToMdast(markdown) as MdastNode);
  return found;
}

describe('show notes become Markdown', () => {
  it('converts HTML with headings, lists, emphasis and links', () => {
    const { markdown } = convertNotes(
      '<h3>Links</h3><ul><li><a href="https://podlove.org/">Podlove</a></li></ul><p>Sehr <b>gut</b> &amp; <i>schön</i>.</p>',
    );
    expect(markdown).toBe('### Links\n\n-   [Podlove](https://podlove.org/)\n\nSehr **gut** & *schön*.');
  });

  it('collects every web link once, in order', () => {
    const { links } = convertNotes(
      '<a href="https://a.example/">A</a> <a href="https://b.example/">B</a> <a href="https://a.example/">A noch mal</a> <a href="mailto:x@example.de">Mail</a>',
    );
    expect(links).toEqual([
      { title: 'A', url: 'https://a.example/' },
      { title: 'B', url: 'https://b.example/' },
    ]);
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

/** What the site's Markdown processor makes of imported notes: only these elements, only web and mail links. */
const RENDERED_TAGS = new Set([
  'p',
  'a',
  'strong',
  'em',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'hr',
  'br',
  'del',
]);
function expectNoMarkupFromTheFeed(markdown: string): void {
  const { html } = markdownToHtml(markdown);
  for (const [, name, attributes] of html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)) {
    expect(RENDERED_TAGS, html).toContain(name!.toLowerCase());
    expect(attributes!.trim(), html).toMatch(/^(?:href="(?:https?:|mailto:)[^"]*")?$/);
  }
}

const HOSTILE_NOTES = [
  ['entity-escaped script', '&lt;script&gt;alert(1)&lt;/script&gt;', '\\<script\\>alert(1)\\</script\\>'],
  ['raw script', '<script>alert(1)</script><p>Text</p>', 'Text'],
  ['image with onerror, alt kept', '<img src=x onerror=alert(1) alt="Cover der Folge">', 'Cover der Folge'],
  ['entity-escaped image with onerror', '&lt;img src=x onerror=alert(1)&gt;', '\\<img src=x onerror=alert(1)\\>'],
  ['tracker pixel with alt', '<p>Text<img src="https://t.example/p.gif" width="1" height="1" alt="pixel"></p>', 'Text'],
  ['image without alt', '<p><img src="https://t.example/p.gif">Text</p>', 'Text'],
  ['svg with onload', '<svg onload=alert(1)><text>x</text></svg><p>Text</p>', 'Text'],
  ['iframe', '<iframe src="https://evil.example/"></iframe><p>Text</p>', 'Text'],
  ['details with ontoggle', '<details open ontoggle=alert(1)><summary>Mehr</summary>Inhalt</details>', 'Mehr\n\nInhalt'],
  ['style element', '<style>p{display:none}</style><p>Sichtbar</p>', 'Sichtbar'],
  ['a note about the style element', '<p>Das &lt;style&gt;-Element</p><p>Danach</p>', 'Das \\<style\\>-Element\n\nDanach'],
  ['stylesheet link', '<link rel="stylesheet" href="https://evil.example/x.css"><p>Text</p>', 'Text'],
  ['javascript: link', '<a href="javascript:alert(1)">Klick</a>', 'Klick'],
  ['javascript: link hidden by a tab entity', '<a href=" jav&#x09;ascript:alert(1)">Klick</a>', 'Klick'],
  ['upper-case JAVASCRIPT: link', '<a href="JAVASCRIPT:alert(1)">Klick</a>', 'Klick'],
  ['data: link', '<a href="data:text/html,<script>alert(1)</script>">Daten</a>', 'Daten'],
  ['protocol-relative link', '<a href="//evil.example/">Klick</a>', 'Klick'],
  ['link with spaces and parentheses', '<a href="https://x.example/a (b)">Link</a>', '[Link](https://x.example/a%20%28b%29)'],
  ['Markdown link syntax in text', '[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
  ['an autolink in angle brackets', '&lt;javascript:alert(1)&gt;', '\\<javascript:alert(1)\\>'],
  ['doubly escaped entities', 'a &amp;lt; b &amp;amp; c & d', 'a \\&lt; b \\&amp; c & d'],
  ['markup inside a comment', '<!-- <script>alert(1)</script> --><p>Text</p>', 'Text'],
  ['markup in inline code', '<code>&lt;script&gt;</code>', '`<script>`'],
  [
    'markup in a code block',
    '<pre><code>&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>',
    '```\n</code></pre><script>alert(1)</script>\n```',
  ],
  ['line-start syntax', '<p>1. Teil</p><p>- minus</p><p># Titel</p><p>=====</p>', '1\\. Teil\n\n\\- minus\n\n\\# Titel\n\n\\====='],
  ['emphasis and code characters', 'a *b* _c_ `d`', 'a \\*b\\* \\_c\\_ \\`d\\`'],
] as const;

describe('imported notes are data, not markup', () => {
  it.each(HOSTILE_NOTES)('%s', (_, html, markdown) => {
    expect(convertNotes(html).markdown).toBe(markdown);
  });

  it.each(HOSTILE_NOTES)('%s: the rendered page holds no markup from the feed', (_, html) => {
    expectNoMarkupFromTheFeed(convertNotes(html).markdown);
  });

  it.each([
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['<script>alert(1)</script><p>Text</p>', 'Text'],
    ['<style>p{}</style><p>Das &lt;style&gt;-Element</p>', 'Das <style>-Element'],
    ['<img src=x onerror=alert(1) alt="Bild"><p>Text</p>', 'Text'],
  ])('as a summary, %j is the plain text %j (the site prints it escaped)', (html, text) => {
    expect(notesToPlainText(html)).toBe(text);
  });
});

describe('chapter titles are text', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '## \\<img src=x onerror=alert(1)\\> [00:00:00]'],
    ['&lt;b&gt;fett&lt;/b&gt;', '## \\&lt;b\\&gt;fett\\&lt;/b\\&gt; [00:00:00]'],
    ['<script>alert(1)</script>', '## \\<script\\>alert(1)\\</script\\> [00:00:00]'],
    ['[Link](javascript:alert(1))', '## \\[Link\\](javascript:alert(1)) [00:00:00]'],
    ['Teil 1 [00:10:00]', '## Teil 1 \\[00:10:00\\] [00:00:00]'],
    ['**fett** und _schräg_', '## \\*\\*fett\\*\\* und \\_schräg\\_ [00:00:00]'],
    ['Kosten & Nutzen', '## Kosten & Nutzen [00:00:00]'],
    ['1. Teil', '## 1\\. Teil [00:00:00]'],
  ])('%j → %j', (title, markdown) => {
    const heading = chapterHeadings([{ start: '0', title }]);
    expect(heading).toBe(markdown);
    expectNoMarkupFromTheFeed(heading);
  });

  it('a start time too long to be one is skipped, not parsed', () => {
    expect(chapterHeadings([{ start: `${'1'.repeat(100_000)}:00`, title: 'Lang' }])).toBe('');
  });
});

describe('long descriptions', () => {
  const words = 'wort '.repeat(60_000);

  it('300 KB without a full stop become a summary cut at a word', () => {
    expect(summarize(notesToPlainText(`<p>${words}</p>`))).toBe(`${'wort '.repeat(59).trim()}…`);
  });

  it.each([
    ['300 KB of words', `<p>${words}</p>`, `${'wort '.repeat(59).trim()}…`],
    [
      'a 30 KB style block before the text',
      `<style>${'p{}'.repeat(10_000)}</style><p>Erst hier. Beginnt der Text.</p>`,
      'Erst hier. Beginnt der Text.',
    ],
    ['short notes', '<p>Kurz.</p>', 'Kurz.'],
  ])('the summary of %s reads only as far as it needs', (_, html, summary) => {
    expect(summaryOf(html)).toBe(summary);
  });

  it('300 KB of sentences become the first three that fit', () => {
    expect(summarize('Eins. Zwei! Drei? Vier. '.repeat(12_500))).toBe('Eins. Zwei! Drei?');
  });

  it.each([
    ['100 KB of blank lines in a code block', `<pre><code>${'\n'.repeat(100_000)}x</code></pre>`, '```\n\n\nx\n```'],
    [
      '50,000 line-break entities in a code block in a list',
      `<ul><li>a<pre>${'&#10;'.repeat(50_000)}b</pre></li></ul>`,
      '-   a\n    \n    ```\n    \n    \n    b\n    ```',
    ],
    ['50,000 line breaks', `<p>a${'<br>'.repeat(50_000)}b</p>`, 'a  \n  \nb'],
    ['50,000 no-break spaces', `<p>a${'&nbsp;'.repeat(50_000)}b</p>`, 'a b'],
    ['25,000 bold no-break spaces', `<p>${'<b>&nbsp;</b>'.repeat(25_000)}x</p>`, 'x'],
    ['100 KB of inline code after a space', `<code> ${'a'.repeat(100_000)}</code>`, `\`${'a'.repeat(100_000)}\``],
    ['deep indentation in code', `<pre>if (a) {\n${' '.repeat(100)}b();\n}</pre>`, `\`\`\`\nif (a) {\n${' '.repeat(64)}b();\n}\n\`\`\``],
    ['fences inside code', '<pre>```\ncode\n```</pre>', '````\n```\ncode\n```\n````'],
  ])('%s: white space Turndown would trim in quadratic time stays short', (_, html, markdown) => {
    expect(convertNotes(html).markdown).toBe(markdown);
  });

  it('markup nested 20,000 levels deep converts without overflowing the stack', () => {
    expect(convertNotes(`${'<div><b>'.repeat(20_000)}tief`).markdown).toMatch(/tief/);
  });

  it('300 KB of notes become Markdown of the same words', () => {
    expect(convertNotes(`<p>${words}</p>`).markdown).toBe(words.trim());
  });
});

describe('notes keep their shape', () => {
  it('plain-text notes keep paragraphs, line breaks and timestamp lists', () => {
    const notes =
      'Heute geht es um Kaffee.\nUnd um Tee.\n\nKapitel:\n00:00 Intro\n05:12 Bohnen & Blätter\n(1:02:03) Schluss\n\n- erstens\n• zweitens';
    const { markdown } = convertNotes(notes);
    expect(markdown).toBe(
      'Heute geht es um Kaffee.  \nUnd um Tee.\n\nKapitel:\n\n-   00:00 Intro\n-   05:12 Bohnen & Blätter\n-   (1:02:03) Schluss\n\n-   erstens\n-   zweitens',
    );
    const { html } = markdownToHtml(markdown);
    expect(html.match(/<li>/g)).toHaveLength(5);
    expect(html).toContain('<p>Heute geht es um Kaffee.<br>\nUnd um Tee.</p>');
  });

  it.each([
    ['a < b > c & d', '<p>a &lt; b &gt; c & d</p>'],
    ['Zeile\r\nZeile\r\n\r\n\r\nAbsatz', '<p>Zeile<br>Zeile</p><p>Absatz</p>'],
    ['[00:10] Intro\n[01:00] Thema', '<ul><li>[00:10] Intro</li><li>[01:00] Thema</li></ul>'],
    ['', ''],
  ])('plain text %j as HTML is %j', (text, html) => {
    expect(plainTextToHtml(text)).toBe(html);
  });

  it.each([
    [
      'a bare address with underscores',
      'Mehr unter https://example.com/a_b_c.',
      [['https://example.com/a_b_c', 'https://example.com/a_b_c']],
    ],
    [
      'a bare address in parentheses',
      '(siehe https://en.wikipedia.org/wiki/Foo_(bar))',
      [['https://en.wikipedia.org/wiki/Foo_(bar)', 'https://en.wikipedia.org/wiki/Foo_%28bar%29']],
    ],
    [
      'a bare address with a query',
      '<p>Link: https://x.example/?a=1&amp;b=2!</p>',
      [['https://x.example/?a=1&b=2', 'https://x.example/?a=1&b=2']],
    ],
    [
      'a link with an unbalanced parenthesis',
      '<a href="https://x.example/a_(b">Text (mit Klammer</a>',
      [['Text (mit Klammer', 'https://x.example/a_%28b']],
    ],
    ['a link with brackets in its text', '<a href="https://x.example/">[Teil 1]</a>', [['[Teil 1]', 'https://x.example/']]],
    [
      'a bare address inside a link',
      '<a href="https://x.example/">siehe https://y.example/</a>',
      [['siehe https://y.example/', 'https://x.example/']],
    ],
  ])('%s becomes a link without escape artefacts', (_, notes, links) => {
    const { markdown } = convertNotes(notes);
    expect(linksIn(markdown)).toEqual(links);
    expect(markdownToHtml(markdown).html).not.toMatch(/%5C|\\/);
  });

  it.each([
    ['<strong>Links<br></strong><a href="https://x.example/">X</a>', '<p><strong>Links</strong><br>'],
    ['<p><b> fett </b>und<i>schräg </i>!</p>', '<p><strong>fett</strong> und<em>schräg</em> !</p>'],
    ['<p><em><br></em>Text</p>', '<p>Text</p>'],
  ])('odd markup %j renders cleanly', (notes, html) => {
    const rendered = markdownToHtml(convertNotes(notes).markdown).html;
    expect(rendered).toContain(html);
    expect(rendered).not.toMatch(/\*\*|(?<!\w)_(?!\w)/);
  });

  it.each([
    ['https:example.com/a', 'https://example.com/a', 'repaired'],
    ['https:/example.com/a', 'https://example.com/a', 'repaired'],
    ['http//example.com', 'http://example.com', 'repaired'],
    ['www.example.com/a', 'https://www.example.com/a', 'repaired'],
    ['https://example.com/a b%zz', 'https://example.com/a%20b%25zz', undefined],
    ['https://exa mple.com/', undefined, 'dropped'],
    ['https://', undefined, 'dropped'],
    ['https://example.com:99999/', undefined, 'dropped'],
    ['/relativ/zur/alten/seite', undefined, 'dropped'],
    ['#anker', undefined, undefined],
    ['javascript:alert(1)', undefined, undefined],
    ['mailto:a@example.de', 'mailto:a@example.de', undefined],
  ])('the link target %j becomes %j (%s)', (written, href, problem) => {
    expect(checkHref(written)).toEqual({ href, problem });
  });

  it.each([
    ['a paragraph opening with a time', '<p>[00:05:00] Intro</p><p>[00:01:00] Früher</p>'],
    ['a paragraph opening with something shaped like a time', '<p>[00:61:00] Kaputt</p><p>[1:2:3.5] Auch</p>'],
    ['a heading ending in a time', '<h2>Intro [00:05:00]</h2><h3>Später [00:01]</h3>'],
    ['plain-text lines with times', '[00:05] Intro\nText\n\n[00:01] Früher'],
  ])('%s in the notes is text, never a time mark or chapter the build would check', (_, notes) => {
    const body = readEpisodeBody(convertNotes(notes).markdown);
    expect(body.problems).toEqual([]);
    expect(body.chapters).toEqual([]);
    expect(body.paragraphs.filter((paragraph) => paragraph.start !== undefined)).toEqual([]);
    expect(body.plainText).toMatch(/\[0?0?:?\d+:\d+(?:\.\d)?\]|\[1:2:3\.5\]/);
  });
});

describe('summaries start where the notes start and end at a sentence end', () => {
  const long = (start: string) =>
    `${start} ${'Danach kommt noch sehr viel mehr Text, der nicht mehr in die Zusammenfassung passt. '.repeat(8)}`;

  it.each([
    [
      '254: Hot Box With Knobs. Casey (who loves mics.) explains. Then more. And more.',
      '254: Hot Box With Knobs. Casey (who loves mics.) explains. Then more.',
    ],
    ['Ep. 711: A Self-Help Book. For nerds, by Dr. Smith. Really.', 'Ep. 711: A Self-Help Book. For nerds, by Dr. Smith. Really.'],
    [
      'Wir sprechen z. B. über IT u. a. mit Nr. 5. Dann 3.5 Stunden Pause! "Stopp." sagte er. Ende.',
      'Wir sprechen z. B. über IT u. a. mit Nr. 5. Dann 3.5 Stunden Pause! "Stopp." sagte er.',
    ],
    [
      'Mehr unter https://example.com/a.b?c=d. Danach folgt nichts. Wirklich. Nichts.',
      'Mehr unter https://example.com/a.b?c=d. Danach folgt nichts. Wirklich.',
    ],
    ['Cześć! Dzisiaj o kawie. Potem herbata. Koniec.', 'Cześć! Dzisiaj o kawie. Potem herbata.'],
    ['今日はコーヒーの話です。次はお茶。最後に水。終わり。', '今日はコーヒーの話です。次はお茶。最後に水。'],
  ])('%j', (start, summary) => {
    const text = long(start);
    const result = summarize(text);
    expect(result).toBe(summary);
    expect(text.startsWith(result)).toBe(true);
  });

  it.each([
    [
      'a first paragraph before links and timestamps',
      'O Sr. Almeida migrou 200 servidores. Falamos de Ansible etc. e do que deu errado!\n\nLinks:\n- https://docs.example/guia\n\n00:00 Abertura\n03:15 A migração',
      'O Sr. Almeida migrou 200 servidores. Falamos de Ansible etc. e do que deu errado!',
    ],
    [
      'prose over two paragraphs',
      '<p>Erster Absatz.</p><p>Zweiter Absatz. Dritter Satz. Vierter Satz.</p>',
      'Erster Absatz. Zweiter Absatz. Dritter Satz.',
    ],
    ['a label first', '<p>Trailer</p><p>Bald geht es los.</p>', 'Trailer'],
    ['a list of sentences', '<ul><li>Eins.</li><li>Zwei.</li></ul>', 'Eins. Zwei.'],
  ])('%s', (_, notes, summary) => {
    expect(summaryOf(notes)).toBe(summary);
  });

  it('300 KB of notes are segmented only at their start', () => {
    const started = performance.now();
    expect(summarize(`Ein Satz. ${'Wort '.repeat(60_000)}`)).toBe('Ein Satz.');
    expect(performance.now() - started).toBeLessThan(200);
  });
});
