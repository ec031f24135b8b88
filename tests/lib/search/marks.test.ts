import { describe, expect, it } from 'vitest';
import { markTerms, withSearchWords, wordMatches } from '../../../src/lib/search/marks';

describe('the searched words in a result link', () => {
  it.each([
    ['/folgen/x/', 'Vertrauen', '/folgen/x/?q=Vertrauen'],
    ['/folgen/x/?t=103#kapitel', 'SLA Streit', '/folgen/x/?t=103&q=SLA+Streit#kapitel'],
    ['/folgen/x/', '   ', '/folgen/x/'],
    ['/folgen/x/', '<script>&"', '/folgen/x/?q=%3Cscript%3E%26%22'],
    ['https://podcast.example/folgen/x/', 'IT', 'https://podcast.example/folgen/x/?q=IT'],
  ])('%s with %j: %s', (href, query, expected) => {
    expect(withSearchWords(href, query)).toBe(expected);
  });

  it('keeps a very long query short', () => {
    expect(withSearchWords('/x/', 'a'.repeat(5000)).length).toBeLessThan(220);
  });
});

describe('words worth marking', () => {
  it.each([
    ['Vertrauen', ['vertrauen']],
    ['SLA  ohne   Streit', ['sla', 'ohne', 'streit']],
    ['a IT x', ['it']],
    ['Streit streit STREIT', ['streit']],
    ['(.*)+ [a-z] \\d', []],
    ['<script>alert(1)</script>', ['script', 'alert']],
    ['日本語 Ünïcödé 🎙️', ['日本語', 'ünïcödé']],
    ['', []],
  ])('%j: %j', (query, expected) => {
    expect(markTerms(query)).toEqual(expected);
  });

  it('marks at most ten words', () => {
    expect(markTerms('eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf')).toHaveLength(10);
  });
});

describe('marking words on the page', () => {
  const marked = (text: string, query: string) => wordMatches(text, markTerms(query)).map(([start, end]) => text.slice(start, end));

  it.each([
    ['Vertrauen ist gut, vertraut man sich.', 'Vertrauen', ['Vertrauen', 'vertraut']],
    ['Ein Angebot, zwei Angeboten.', 'Angebote', ['Angebot', 'Angeboten']],
    ['mit Dienstleistern reden', 'Dienstleister', ['Dienstleistern']],
    ['Die IT und die ITler', 'IT', ['IT', 'ITler']],
    ['Bitte nicht: Kitten', 'IT', []],
    ['nichts davon', 'Vertrauen', []],
    ['<script> steht hier als Text', '<script>', ['script']],
    ['Regex (.*) bleibt Text', '(.*)', []],
    ['Größe und Grösse', 'Größe', ['Größe']],
    ['日本語のテキスト', '日本語', ['日本語のテキスト']],
  ])('in %j, %j marks %j', (text, query, expected) => {
    expect(marked(text, query)).toEqual(expected);
  });

  it('marks nothing without words', () => {
    expect(wordMatches('Text', [])).toEqual([]);
  });
});
