import { describe, expect, it } from 'vitest';
import { bodyStartLine, parseTranscript, plainText } from '../../../src/lib/transcript/parse';

const body = `Einleitung ohne Zeit.

## Transkript

## Begrüßung [00:00:05]

[00:00:07] **Oliver:** Hallo und willkommen.

[00:00:10] **Katrin:** Hallo Oliver,
danke für die Einladung.

[00:00:14] Ohne Namen weiter.

### Vertiefung [1:02:03]

[01:02:04] **Katrin**: Stunden zählen mit.
`;

describe('reading a transcript', () => {
  const transcript = parseTranscript(body, { firstLine: 20 });

  it('finds chapters: headings with a time, not the untimed "Transkript" heading', () => {
    expect(transcript.chapters.map(({ text, level, start, line, id }) => ({ text, level, start, line, id }))).toEqual([
      { text: 'Begrüßung', level: 2, start: 5, line: 24, id: 'begrüßung' },
      { text: 'Vertiefung', level: 3, start: 3723, line: 33, id: 'vertiefung' },
    ]);
    expect(transcript.headings.map((heading) => heading.text)).toEqual(['Transkript', 'Begrüßung', 'Vertiefung']);
  });

  it('reads each paragraph with its time, its speaker and its file line', () => {
    expect(transcript.paragraphs).toEqual([
      { start: undefined, speaker: undefined, text: 'Einleitung ohne Zeit.', line: 20 },
      { start: 7, speaker: 'Oliver', text: 'Hallo und willkommen.', line: 26 },
      { start: 10, speaker: 'Katrin', text: 'Hallo Oliver, danke für die Einladung.', line: 28 },
      { start: 14, speaker: undefined, text: 'Ohne Namen weiter.', line: 31 },
      { start: 3724, speaker: 'Katrin', text: 'Stunden zählen mit.', line: 35 },
    ]);
    expect(transcript.problems).toEqual([]);
  });

  it('gives repeated headings the same unique ids as the page', () => {
    const ids = parseTranscript('## Fazit [00:01]\n\n## Fazit [00:02]\n\n#### Fazit [00:03]\n').chapters.map((chapter) => chapter.id);
    expect(ids).toEqual(['fazit', 'fazit-1', 'fazit-2']);
  });

  it('ignores code, lists, quotes and MDX imports and components', () => {
    const mdx = "import Hinweis from '../x.astro';\n\n<Hinweis title=\"x\">\n  [00:00:01] kein Absatz\n</Hinweis>\n\n```\n## [00:00:02] kein Kapitel\n```\n\n- [00:00:03] Liste\n\n> [00:00:04] Zitat\n\n[00:00:05] **Oliver:** Echt.\n";
    const { paragraphs, chapters } = parseTranscript(mdx);
    expect(chapters).toEqual([]);
    expect(paragraphs.map((paragraph) => paragraph.start)).toEqual([5]);
  });

  it.each([
    ['[00:61:00] **Oliver:** Hallo.', '[00:61:00] is not a time'],
    ['## Kapitel [1:2]', '[1:2] is not a time'],
    ['[00:12:5] Hallo.', '[00:12:5] is not a time'],
  ])('reports a mistyped time instead of reading it as text: %s', (markdown, message) => {
    const { problems } = parseTranscript(`Vorweg.\n\n${markdown}\n`, { firstLine: 10 });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(12);
    expect(problems[0]!.message).toContain(message);
  });

  it.each([
    ['# Titel [00:00:01]', 'a chapter must be a ## to #### heading, not #'],
    ['##### Detail [00:00:01]', 'a chapter must be a ## to #### heading, not #####'],
  ])('reports a timed heading that cannot be a chapter: %s', (markdown, message) => {
    const { problems, chapters } = parseTranscript(`${markdown}\n`);
    expect(chapters).toEqual([]);
    expect(problems).toEqual([{ line: 1, message }]);
  });

  it.each([
    ['', 0],
    ['\n\n\n', 0],
    ['Nur Text ohne Zeiten.', 1],
  ])('reads an untimed or empty body without chapters: %j', (text, paragraphs) => {
    const transcript = parseTranscript(text);
    expect(transcript.chapters).toEqual([]);
    expect(transcript.paragraphs).toHaveLength(paragraphs);
    expect(transcript.paragraphs.every((paragraph) => paragraph.start === undefined)).toBe(true);
  });
});

describe('plain text of inline Markdown', () => {
  it.each([
    ['**fett** und *kursiv* und _auch_', 'fett und kursiv und auch'],
    ['ein [Link](https://example.org) und `Code`', 'ein Link und Code'],
    ['snake_case_name bleibt', 'snake_case_name bleibt'],
    ['<abbr title="x">IT</abbr> & mehr', 'IT & mehr'],
    ['Sternchen \\* bleibt', 'Sternchen * bleibt'],
    ['  viel   Leerraum  ', 'viel Leerraum'],
    ['3 * 4 = 12', '3 * 4 = 12'],
    ['3 < 4 und x<y', '3 < 4 und x<y'],
    ['escaped markup: \\<script\\>alert(1)\\</script\\>', 'escaped markup: <script>alert(1)</script>'],
    ['\\<img src=x onerror=alert(1)\\> bleibt Text', '<img src=x onerror=alert(1)> bleibt Text'],
    ['Fish \\& Chips, AT\\&amp;T', 'Fish & Chips, AT&amp;T'],
    ['&lt;b&gt; und &amp; und &#60; und &auml;', '<b> und & und < und ä'],
    ['\\*\\*nicht fett\\*\\*', '**nicht fett**'],
    ['Pfad C:\\\\Temp', 'Pfad C:\\Temp'],
  ])('%j reads as %j', (markdown, text) => {
    expect(plainText(markdown)).toBe(text);
  });
});

describe('where the body starts in the file', () => {
  it.each([
    ['---\ntitle: x\n---\n\nText\n', 'Text', 5],
    ['---\ntitle: x\n---\nText\n', 'Text', 4],
    ['---\ntitle: Text\n---\n\n\nText', 'Text', 6],
    ['---\r\ntitle: x\r\n---\r\nText\r\n', 'Text', 4],
  ])('%j', (file, body, line) => {
    expect(bodyStartLine(file, body)).toBe(line);
  });
});
