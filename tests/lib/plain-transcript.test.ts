import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainTranscript, transcriptTextFile } from '../../src/lib/plain-transcript';

describe('plain-text transcript', () => {
  it.each([
    ['a speaker line loses its time mark and bold', '[00:00:07] **Oliver:** Herzlich willkommen.', 'Oliver: Herzlich willkommen.'],
    ['a short time mark goes too', '[02:15] Weiter geht es.', 'Weiter geht es.'],
    ['a chapter heading keeps its words, not its time', '## Begrüßung und Vorstellung [00:00:05]', 'Begrüßung und Vorstellung'],
    ['a link keeps its text and address', 'Siehe [BSI](https://www.bsi.bund.de/).', 'Siehe BSI (https://www.bsi.bund.de/).'],
    ['a bare link stays one address', '[https://example.de](https://example.de)', 'https://example.de'],
    ['emphasis and code lose their marks', 'Das ist *wichtig*, _sehr_ und `npm test`.', 'Das ist wichtig, sehr und npm test.'],
    ['an image keeps its description', '![Oliver am Mikrofon](/bild.jpg)', 'Oliver am Mikrofon'],
    ['a quote loses its marker', '> Vertrauen ist gut.', 'Vertrauen ist gut.'],
    ['list items keep a dash', '* eins\n1. zwei', '- eins\n- zwei'],
    ['escaped characters are shown plainly', 'Preis: 5 \\* 3', 'Preis: 5 * 3'],
    ['words with underscores stay whole', 'Die Variable snake_case_name bleibt.', 'Die Variable snake_case_name bleibt.'],
    ['a time mark inside a sentence is kept: it is part of what was said', 'Wie bei [00:01:00] gesagt.', 'Wie bei [00:01:00] gesagt.'],
  ])('%s', (_, markdown, text) => {
    expect(plainTranscript(markdown)).toBe(text);
  });

  it('MDX imports and components vanish, the words inside them stay', () => {
    const mdx = "import Hinweis from '../../src/components/content/Hinweis.astro';\n\nText davor.\n\n<Hinweis title=\"Video\">\n  Das Video lädt erst nach Zustimmung.\n</Hinweis>\n\n{/* Notiz */}\nText danach.";
    expect(plainTranscript(mdx)).toBe('Text davor.\n\nDas Video lädt erst nach Zustimmung.\n\nText danach.');
  });

  it('HTML comments, code blocks and rules are dropped and blank lines collapse', () => {
    expect(plainTranscript('A\n\n<!-- intern -->\n\n\n\n```js\nalert(1)\n```\n\n---\n\nB')).toBe('A\n\nB');
  });

  it('a hostile script tag leaves no markup behind', () => {
    expect(plainTranscript('Hallo <script>alert("x")</script> Welt')).toBe('Hallo alert("x") Welt');
  });

  it('the long demo transcript keeps every spoken word and no time mark or markdown', () => {
    const source = readFileSync('content/episodes/004-vertraust-du-deiner-it.md', 'utf8').split(/^---$/m).slice(2).join('---');
    const text = plainTranscript(source);
    expect(text).not.toMatch(/^\[\d|\*\*|^#/m);
    expect(text).toContain('Oliver: Herzlich willkommen zu einer neuen Folge von Klartext IT.');
    expect(text.split(/\s+/).length).toBeGreaterThan(4000);
  });

  it('the file starts with title, podcast and address', () => {
    expect(transcriptTextFile({ title: 'Folge', podcast: 'Klartext IT', url: 'https://x/folgen/a/', body: '**A:** Hallo' })).toBe('Folge\nKlartext IT\nhttps://x/folgen/a/\n\nA: Hallo\n');
  });
});
