import { readFileSync } from 'node:fs';
import { markdownToHtml, mdxToJs, type HastNode, type HastPluginEntry } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingAnchors } from '../../../src/lib/markdown/heading-anchors';
import { timeMarks } from '../../../src/lib/markdown/time-marks';
import { bodyStartLine, readEpisodeBody, type BodyFormat } from '../../../src/lib/transcript/episode-body';
import { oddTranscript } from '../../support/odd-transcript';

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
  const transcript = readEpisodeBody(body, { firstLine: 20 });

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
    const ids = readEpisodeBody('## Fazit [00:01]\n\n## Fazit [00:02]\n\n#### Fazit [00:03]\n').chapters.map((chapter) => chapter.id);
    expect(ids).toEqual(['fazit', 'fazit-1', 'fazit-2']);
  });

  it('ignores code, lists, quotes and MDX imports and components', () => {
    const mdx =
      'import Hinweis from \'../x.astro\';\n\n<Hinweis title="x">\n  [00:00:01] kein Absatz\n</Hinweis>\n\n```\n## [00:00:02] kein Kapitel\n```\n\n- [00:00:03] Liste\n\n> [00:00:04] Zitat\n\n[00:00:05] **Oliver:** Echt.\n';
    const { paragraphs, chapters } = readEpisodeBody(mdx, { format: 'mdx' });
    expect(chapters).toEqual([]);
    expect(paragraphs.map((paragraph) => paragraph.start)).toEqual([5]);
  });

  it.each([
    ['[00:61:00] **Oliver:** Hallo.', '[00:61:00] is not a time'],
    ['## Kapitel [1:2]', '[1:2] is not a time'],
    ['[00:12:5] Hallo.', '[00:12:5] is not a time'],
  ])('reports a mistyped time instead of reading it as text: %s', (markdown, message) => {
    const { problems } = readEpisodeBody(`Vorweg.\n\n${markdown}\n`, { firstLine: 10 });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(12);
    expect(problems[0]!.message).toContain(message);
  });

  it.each([
    ['# Titel [00:00:01]', 'a chapter must be a ## to #### heading, not #'],
    ['##### Detail [00:00:01]', 'a chapter must be a ## to #### heading, not #####'],
  ])('reports a timed heading that cannot be a chapter: %s', (markdown, message) => {
    const { problems, chapters } = readEpisodeBody(`${markdown}\n`);
    expect(chapters).toEqual([]);
    expect(problems).toEqual([{ line: 1, message }]);
  });

  it.each([
    ['', 0],
    ['\n\n\n', 0],
    ['Nur Text ohne Zeiten.', 1],
  ])('reads an untimed or empty body without chapters: %j', (text, paragraphs) => {
    const transcript = readEpisodeBody(text);
    expect(transcript.chapters).toEqual([]);
    expect(transcript.paragraphs).toHaveLength(paragraphs);
    expect(transcript.paragraphs.every((paragraph) => paragraph.start === undefined)).toBe(true);
  });
});

describe('inline Markdown as the words of a heading and a timed paragraph', () => {
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
    const { headings, paragraphs } = readEpisodeBody(`## ${markdown} [00:00:01]\n\n[00:00:02] ${markdown}\n`);
    expect(headings.map((heading) => heading.text)).toEqual([text]);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([text]);
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

describe('plain text of the body', () => {
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
    expect(readEpisodeBody(markdown).plainText).toBe(text);
  });

  it('MDX imports and components vanish, the words inside them stay', () => {
    const mdx =
      'import Hinweis from \'../../src/components/content/Hinweis.astro\';\n\nText davor.\n\n<Hinweis title="Video">\n  Das Video lädt erst nach Zustimmung.\n</Hinweis>\n\n{/* Notiz */}\nText danach.';
    expect(readEpisodeBody(mdx, { format: 'mdx' }).plainText).toBe('Text davor.\n\nDas Video lädt erst nach Zustimmung.\n\nText danach.');
  });

  it('HTML comments, code blocks and rules are dropped and blank lines collapse', () => {
    expect(readEpisodeBody('A\n\n<!-- intern -->\n\n\n\n```js\nalert(1)\n```\n\n---\n\nB').plainText).toBe('A\n\nB');
  });

  it('a hostile script tag leaves no markup behind', () => {
    expect(readEpisodeBody('Hallo <script>alert("x")</script> Welt').plainText).toBe('Hallo alert("x") Welt');
  });

  it('the long demo transcript keeps every spoken word and no time mark or markdown', () => {
    const source = readFileSync('content/episodes/004-vertraust-du-deiner-it.md', 'utf8').split(/^---$/m).slice(2).join('---');
    const text = readEpisodeBody(source).plainText;
    expect(text).not.toMatch(/^\[\d|\*\*|^#/m);
    expect(text).toContain('Oliver: Herzlich willkommen zu einer neuen Folge von Klartext IT.');
    expect(text.split(/\s+/).length).toBeGreaterThan(4000);
  });
});

type Element = Extract<HastNode, { type: 'element' }>;

/** Ids, chapter times and timed paragraphs as the page's Sätteri plugins render them, with typographic punctuation on as on the site. */
function renderedMarks(source: string, format: BodyFormat) {
  const headings: { id: unknown; start: unknown }[] = [];
  const paragraphs: { start: unknown; speaker: unknown }[] = [];
  const recorder: HastPluginEntry = {
    name: 'recorder',
    element: [
      {
        filter: ['h2', 'h3', 'h4'],
        visit: (node) => void headings.push({ id: (node as Element).properties?.id, start: (node as Element).properties?.dataStart }),
      },
      {
        filter: ['p'],
        visit(node) {
          const { dataStart, dataSpeaker } = (node as Element).properties ?? {};
          if (dataStart !== undefined) paragraphs.push({ start: dataStart, speaker: dataSpeaker });
        },
      },
    ],
  };
  const options = {
    hastPlugins: [headingAnchors({ anchorLabel: 'Link zu diesem Abschnitt' }), timeMarks({ playLabel: 'Abspielen ab' }), recorder],
    features: { smartPunctuation: true },
  };
  if (format === 'mdx') mdxToJs(source, options);
  else markdownToHtml(source, options);
  return { headings, paragraphs };
}

describe('the page shows what the reading found', () => {
  it.each([['md'], ['mdx']] as const)('odd headings in %s: the same ids, chapter times, timed paragraphs and speakers', (format) => {
    const source = oddTranscript(format);
    const body = readEpisodeBody(source, { format });
    const rendered = renderedMarks(source, format);
    expect(rendered.headings).toEqual(
      body.headings
        .filter((heading) => heading.id !== '')
        .map(({ id, start }) => ({ id, start: start === undefined ? undefined : String(start) })),
    );
    expect(rendered.paragraphs).toEqual(
      body.paragraphs.flatMap(({ start, speaker }) => (start === undefined ? [] : [{ start: String(start), speaker }])),
    );
    // The emoji's variation selector survives slugging, `--` stays two hyphens although the page shows a dash.
    expect(body.chapters.map((chapter) => chapter.id)).toEqual([
      'begrüßung',
      'begrüßung-1',
      '\uFE0F-technik--npm-test',
      'siehe-bsi',
      'script--bfettb--3',
      'ganz-unten----mit-strichen',
    ]);
  });

  it('the long demo episode: the same ids, chapter times and timed paragraphs', () => {
    const source = readFileSync('content/episodes/004-vertraust-du-deiner-it.md', 'utf8').split(/^---$/m).slice(2).join('---').trim();
    const body = readEpisodeBody(source);
    const rendered = renderedMarks(source, 'md');
    expect(rendered.headings.map((heading) => heading.id)).toEqual(
      body.headings.filter((heading) => heading.id !== '').map((heading) => heading.id),
    );
    expect(rendered.paragraphs).toHaveLength(body.paragraphs.filter((paragraph) => paragraph.start !== undefined).length);
  });
});
