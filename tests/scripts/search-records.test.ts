import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../scripts/lib/search-records';

const words = (n: number, word = 'Wort') => Array.from({ length: n }, () => word).join(' ');

function episodePage(chapters: { id: string; words: number; word?: string }[], { sections = true } = {}) {
  const body = chapters.map(({ id, words: n, word }) => `<div class="chapter-heading"><h2 id="${id}">Kapitel ${id}</h2><button>▶</button></div><p>${words(n, word)}</p>`).join('');
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
    const records = searchRecords(episodePage([{ id: 'a', words: 600 }, { id: 'b', words: 600, word: 'Dienstleister' }]), '/folgen/x/', { wordsPerRecord: 500 });
    expect(records).toHaveLength(2);
    for (const { html } of records) {
      expect(html).toContain('<html lang="de">');
      expect(html).toContain('<article data-pagefind-body data-pagefind-meta="title[data-search-title]" data-search-title="Vertrauen &amp; Verträge">');
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
    for (const { html } of searchRecords(episodePage([{ id: 'a', words: 600 }, { id: 'b', words: 600 }]), '/folgen/x/', { wordsPerRecord: 500 })) {
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
    const records = searchRecords(episodePage([{ id: 'a', words: 100 }, { id: 'b', words: 100 }]), '/folgen/x/', { wordsPerRecord: 1400 });
    expect(records.map((record) => record.url)).toEqual(['/folgen/x/']);
  });

  it('a page without the sections mark is indexed whole, and one without data-pagefind-body not at all', () => {
    const unmarked = episodePage([{ id: 'a', words: 900 }, { id: 'b', words: 900 }], { sections: false });
    const [whole, ...rest] = searchRecords(unmarked, '/folgen/x/', { wordsPerRecord: 500 });
    expect(whole).toMatchObject({ url: '/folgen/x/', html: unmarked });
    expect(whole!.words).toBeGreaterThan(1800);
    expect(rest).toEqual([]);
    expect(searchRecords('<html lang="de"><body><main>Impressum</main></body></html>', '/impressum/', { wordsPerRecord: 500 })).toEqual([]);
  });
});
