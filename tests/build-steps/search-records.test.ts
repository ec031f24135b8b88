import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../build/search-records';

const words = (n: number, word = 'Wort') => Array.from({ length: n }, () => word).join(' ');

function episodePage(chapters: { id: string; words: number; word?: string }[], { sections = true } = {}) {
  const body = chapters
    .map(
      ({ id, words: n, word }) =>
        `<div class="chapter-heading"><h2 id="${id}">Kapitel ${id}</h2><button>▶</button></div><p>${words(n, word)}</p>`,
    )
    .join('');
  return [
    '<!doctype html><html lang="de"><head><title>Folge</title></head><body><header>Navigation</header><main>',
    '<article data-pagefind-body data-pagefind-meta="title[data-search-title]" data-search-title="Vertrauen &amp; Verträge">',
    '<data value="cloud" data-pagefind-filter="topic[value]"></data><h1>Vertrauen &amp; Verträge</h1><p>Zusammenfassung</p>',
    '<nav data-pagefind-ignore>Inhaltsverzeichnis</nav><div data-pagefind-ignore>Spieler<span data-pagefind-meta="guest">Gast</span></div>',
    `<section class="episode__transcript"${sections ? ' data-search-sections' : ''}><h2 id="transcript-heading">Zum Nachlesen</h2>${body}</section>`,
    '</article><footer>Fußzeile</footer></main></body></html>',
  ].join('');
}

describe('splitting episode pages into search records', () => {
  it('splits at the heading level the page names: an episode’s chapters are h3 under the page’s h2', () => {
    const chapter = (id: string, tag: string) =>
      `<div class="chapter-heading"><${tag} id="${id}">Kapitel ${id}</${tag}><button>▶</button></div><p>${words(300)}</p>`;
    const html = [
      '<!doctype html><html lang="de"><body><main><article data-pagefind-body><h1>Folge</h1>',
      '<section data-search-sections="h3"><h2 id="transcript-heading">Zum Nachlesen</h2>',
      chapter('a', 'h3'),
      chapter('b', 'h3'),
      chapter('c', 'h3'),
      chapter('not-a-section', 'h4'),
      '</section></article></main></body></html>',
    ].join('');
    expect(searchRecords(html, '/folgen/x/', { wordsPerRecord: 550 }).map((record) => record.url)).toEqual(['/folgen/x/', '/folgen/x/#c']);
  });

  it.each([['h2'], [''], ['script'], ['"><h2']])('with data-search-sections=%j, splits at h2', (value) => {
    const html = episodePage([
      { id: 'a', words: 600 },
      { id: 'b', words: 600 },
    ]).replace('data-search-sections', `data-search-sections="${value.replaceAll('"', '&quot;')}"`);
    expect(searchRecords(html, '/folgen/x/', { wordsPerRecord: 500 }).map((record) => record.url)).toEqual(['/folgen/x/', '/folgen/x/#b']);
  });

  it('a long transcript becomes records of a few chapters, each addressed by its first chapter', () => {
    const html = episodePage([
      { id: 'a', words: 300 },
      { id: 'b', words: 300 },
      { id: 'c', words: 300 },
      { id: 'd', words: 300 },
      { id: 'e', words: 300 },
    ]);
    const records = searchRecords(html, '/folgen/x/', { wordsPerRecord: 550 });
    expect(records.map((record) => record.url)).toEqual(['/folgen/x/', '/folgen/x/#c', '/folgen/x/#e']);
    // A chapter is its heading "Kapitel c", the play button and 300 words.
    expect(records.slice(1).map((record) => record.words)).toEqual([606, 303]);
  });

  it('every record keeps the language, the searchable element with its metadata, and the topic filters', () => {
    const records = searchRecords(
      episodePage([
        { id: 'a', words: 600 },
        { id: 'b', words: 600, word: 'Dienstleister' },
      ]),
      '/folgen/x/',
      { wordsPerRecord: 500 },
    );
    expect(records).toHaveLength(2);
    for (const { html } of records) {
      expect(html).toContain('<html lang="de">');
      expect(html).toContain(
        '<article data-pagefind-body data-pagefind-meta="title[data-search-title]" data-search-title="Vertrauen &amp; Verträge">',
      );
      expect(html).toContain('<data value="cloud" data-pagefind-filter="topic[value]"></data>');
    }
    expect(records[1]!.html).toContain('Dienstleister');
    expect(records[1]!.html).not.toContain('Kapitel a');
    expect(records[0]!.html).not.toContain('Dienstleister');
  });

  it('no word of the transcript is lost or indexed twice across the records', () => {
    const chapters = ['a', 'b', 'c', 'd'].map((id) => ({ id, words: 400, word: `Wort${id}` }));
    const records = searchRecords(episodePage(chapters), '/folgen/x/', { wordsPerRecord: 700 });
    const all = records.map((record) => record.html).join(' ');
    for (const { id } of chapters) expect(all.split(`Wort${id} `).length - 1).toBe(399);
  });

  it('the page outside the searchable element (header, footer) stays out of every record', () => {
    for (const { html } of searchRecords(
      episodePage([
        { id: 'a', words: 600 },
        { id: 'b', words: 600 },
      ]),
      '/folgen/x/',
      { wordsPerRecord: 500 },
    )) {
      expect(html).not.toContain('Navigation');
      expect(html).not.toContain('Fußzeile');
    }
  });

  it('what the page tells Pagefind to skip stays out of the records, unless it carries metadata', () => {
    const [first] = searchRecords(episodePage([{ id: 'a', words: 100 }]), '/folgen/x/', { wordsPerRecord: 1400 });
    expect(first!.html).not.toContain('Inhaltsverzeichnis');
    expect(first!.html).toContain('<span data-pagefind-meta="guest">Gast</span>');
  });

  it('a short transcript stays one record at the page address', () => {
    const records = searchRecords(
      episodePage([
        { id: 'a', words: 100 },
        { id: 'b', words: 100 },
      ]),
      '/folgen/x/',
      { wordsPerRecord: 1400 },
    );
    expect(records.map((record) => record.url)).toEqual(['/folgen/x/']);
  });

  it('a page without the sections mark is indexed whole, and one without data-pagefind-body not at all', () => {
    const unmarked = episodePage(
      [
        { id: 'a', words: 900 },
        { id: 'b', words: 900 },
      ],
      { sections: false },
    );
    const [whole, ...rest] = searchRecords(unmarked, '/folgen/x/', { wordsPerRecord: 500 });
    expect(whole).toMatchObject({ url: '/folgen/x/', html: unmarked });
    expect(whole!.words).toBeGreaterThan(1800);
    expect(rest).toEqual([]);
    expect(searchRecords('<html lang="de"><body><main>Impressum</main></body></html>', '/impressum/', { wordsPerRecord: 500 })).toEqual([]);
  });
});

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** What Pagefind reads from a record, read by a browser-grade parser: not by the code under test. */
function readRecord(html: string) {
  const all: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) {
        all.push(child);
        walk(child);
      }
    }
  };
  walk(parse(html));
  const text = (element: Element | undefined): string =>
    element ? element.childNodes.map((child) => ('value' in child ? child.value : 'tagName' in child ? text(child) : '')).join('') : '';
  const attribute = (element: Element | undefined, name: string) => element?.attrs.find((attr) => attr.name === name)?.value;
  const article = all.find((element) => element.attrs.some((attr) => attr.name === 'data-pagefind-body'));
  return {
    lang: attribute(all[0], 'lang'),
    title: attribute(article, 'data-search-title'),
    topic: attribute(
      all.find((element) => element.tagName === 'data'),
      'value',
    ),
    h1: text(all.find((element) => element.tagName === 'h1')),
    headings: all.filter((element) => element.tagName === 'h2').map((heading) => attribute(heading, 'id')),
    paragraphs: all.filter((element) => element.tagName === 'p').map((paragraph) => text(paragraph)),
  };
}

/**
 * An episode page whose title, summary, topic and a transcript passage hold
 * `shown`: as the HTML source writes it in an attribute (`attribute`, with
 * its quotes) and as text (`text`).
 */
function pageWith({ attribute, text }: { attribute: string; text: string }) {
  return [
    '<!doctype html><html lang="de"><head><title>Folge</title></head><body><main>',
    `<article data-pagefind-body data-pagefind-meta="title[data-search-title]" data-search-title=${attribute}>`,
    `<data value=${attribute} data-pagefind-filter="topic[value]"></data><h1>${text}</h1><p>${text}</p>`,
    '<section data-search-sections>',
    `<div class="chapter-heading"><h2 id="a">Kapitel a</h2><button>▶</button></div><p>${words(600)}</p>`,
    `<div class="chapter-heading"><h2 id="b">Kapitel b</h2><button>▶</button></div><p>${text}</p><p>${words(600)}</p>`,
    '</section></article></main></body></html>',
  ].join('');
}

describe('search records of pages whose text and attributes hold markup characters', () => {
  it.each([
    {
      name: '> inside a double-quoted attribute',
      attribute: '"Cloud > Rechenzentrum?"',
      text: 'Cloud &gt; Rechenzentrum?',
      shown: 'Cloud > Rechenzentrum?',
      count: 3,
    },
    {
      name: '< and > inside a single-quoted attribute',
      attribute: "'<b>fett</b> > dünn'",
      text: '&lt;b&gt;fett&lt;/b&gt; &gt; dünn',
      shown: '<b>fett</b> > dünn',
      count: 3,
    },
    { name: 'an unquoted attribute value', attribute: 'IT&amp;Recht', text: 'IT&amp;Recht', shown: 'IT&Recht', count: 1 },
    {
      name: '& " \' as entities',
      attribute: '"Vertrauen &amp; &quot;Verträge&quot; &#39;heute&#39;"',
      text: 'Vertrauen &amp; "Verträge" \'heute\'',
      shown: 'Vertrauen & "Verträge" \'heute\'',
      count: 4,
    },
    {
      name: '" inside a single-quoted attribute',
      attribute: '\'Er sagte "Hallo" > "Tschüss"\'',
      text: 'Er sagte "Hallo" &gt; "Tschüss"',
      shown: 'Er sagte "Hallo" > "Tschüss"',
      count: 5,
    },
    { name: 'the end of a CDATA section', attribute: '"Ende ]]> da"', text: 'Ende ]]&gt; da', shown: 'Ende ]]> da', count: 3 },
    { name: 'an unfinished entity and a lone &', attribute: '"A &amp B & C"', text: 'A &amp B & C', shown: 'A & B & C', count: 5 },
    {
      name: 'emoji, also joined and with skin tones',
      attribute: '"🎙️ Technik 👩🏽‍💻"',
      text: '🎙️ Technik 👩🏽‍💻',
      shown: '🎙️ Technik 👩🏽‍💻',
      count: 3,
    },
    {
      name: 'Arabic and Hebrew with direction marks',
      attribute: '"\u200Fمرحبا بالعالم \u2067שלום\u2069"',
      text: '\u200Fمرحبا بالعالم \u2067שלום\u2069',
      shown: '\u200Fمرحبا بالعالم \u2067שלום\u2069',
      count: 3,
    },
    {
      name: 'zero-width characters inside words',
      attribute: '"Null\u200Bbreite\u200C Zei\u200Dchen\u2060"',
      text: 'Null\u200Bbreite\u200C Zei\u200Dchen\u2060',
      shown: 'Null\u200Bbreite\u200C Zei\u200Dchen\u2060',
      count: 2,
    },
  ])('$name', ({ attribute, text, shown, count }) => {
    const records = searchRecords(pageWith({ attribute, text }), '/folgen/x/', { wordsPerRecord: 500 });
    expect(records.map((record) => record.url)).toEqual(['/folgen/x/', '/folgen/x/#b']);
    // Title and summary, then chapter a (heading, button, 600 words); chapter b and its passage.
    expect(records.map((record) => record.words)).toEqual([2 * count + 603, 603 + count]);
    const [first, second] = records.map((record) => readRecord(record.html));
    for (const record of [first!, second!]) expect(record).toMatchObject({ lang: 'de', title: shown, topic: shown });
    expect(first).toMatchObject({ h1: shown, headings: ['a'] });
    expect(first!.paragraphs.slice(0, 1)).toEqual([shown]);
    expect(second).toMatchObject({ h1: '', headings: ['b'] });
    expect(second!.paragraphs[0]).toBe(shown);
  });
});

/** The transcript of an episode page: chapters a, b and c of 300 words, `between` after chapter a. */
function transcriptWith(between: string) {
  const chapter = (id: string) =>
    `<div class="chapter-heading"><h2 id="${id}">Kapitel ${id}</h2><button>▶</button></div><p>${words(300, `Wort${id}`)}</p>`;
  return [
    '<!doctype html><html lang="de"><body><main><article data-pagefind-body><h1>Titel</h1><section data-search-sections>',
    `${chapter('a')}${between}${chapter('b')}${chapter('c')}`,
    '</section></article><footer>Fußzeile</footer></main></body></html>',
  ].join('');
}

describe('search records of pages with markup that renders no chapter', () => {
  it.each([
    {
      name: 'a comment holding a heading and end tags',
      between: '<!-- <h2 id="versteckt">Versteckt</h2></section></article> -->',
      urls: ['/folgen/x/', '/folgen/x/#b', '/folgen/x/#c'],
      words: [304, 303, 303],
    },
    {
      name: 'a comment with > and -- inside',
      between: '<!-- a > b -- c -> d -->',
      urls: ['/folgen/x/', '/folgen/x/#b', '/folgen/x/#c'],
      words: [304, 303, 303],
    },
    {
      name: 'a template holding a heading',
      between: '<template><h2 id="vorlage">Vorlage</h2><p>Nie gezeigt</p></template>',
      urls: ['/folgen/x/', '/folgen/x/#b', '/folgen/x/#c'],
      words: [304, 303, 303],
    },
    {
      name: 'paragraphs left open',
      between: '<p>offen <p>noch offen',
      urls: ['/folgen/x/', '/folgen/x/#b', '/folgen/x/#c'],
      words: [307, 303, 303],
    },
    {
      name: 'a heading whose attribute holds >',
      between: '<div class="chapter-heading"><h2 title="a > b" id="z">Z</h2></div><p>Wort</p>',
      urls: ['/folgen/x/', '/folgen/x/#z', '/folgen/x/#c'],
      words: [304, 305, 303],
    },
    { name: 'a stray end tag', between: '</div></p></h2>', urls: ['/folgen/x/', '/folgen/x/#b', '/folgen/x/#c'], words: [304, 303, 303] },
  ])('$name', ({ between, urls, words: counts }) => {
    const records = searchRecords(transcriptWith(between), '/folgen/x/', { wordsPerRecord: 250 });
    expect(records.map((record) => record.url)).toEqual(urls);
    expect(records.map((record) => record.words)).toEqual(counts);
    const all = records.map((record) => record.html).join('');
    for (const id of ['a', 'b', 'c']) expect(all.split(`Wort${id} `).length - 1).toBe(299);
    for (const { html } of records) expect(html).not.toContain('Fußzeile');
  });

  it('an article the page never closes ends where its parent does, as in the browser', () => {
    const html = transcriptWith('').replace('</section></article><footer>Fußzeile</footer></main>', '</main><footer>Fußzeile</footer>');
    const records = searchRecords(html, '/folgen/x/', { wordsPerRecord: 250 });
    expect(records.map((record) => record.url)).toEqual(['/folgen/x/', '/folgen/x/#b', '/folgen/x/#c']);
    expect(records.at(-1)!.html).not.toContain('Fußzeile');
    expect(readRecord(records.at(-1)!.html).headings).toEqual(['c']);
  });

  it('a language with a quote in it stays the language of every record', () => {
    const html = transcriptWith('').replace('<html lang="de">', "<html lang='de\"&gt;'>");
    for (const { html: record } of searchRecords(html, '/folgen/x/', { wordsPerRecord: 250 })) expect(readRecord(record).lang).toBe('de">');
  });
});
