import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { readEpisodeBody, type TranscriptParagraph } from '../../../src/lib/transcript/episode-body';
import { toHtmlTranscript } from '../../../src/lib/transcript/html-transcript';
import { readEpisodeFiles } from '../../support/content-files';

type Element = DefaultTreeAdapterTypes.Element;

const page = {
  title: 'Transkript: Vertraust du deiner IT? – Klartext IT',
  language: 'de',
  pageUrl: 'https://klartext-it.example.de/folgen/004/',
};
const validator = new HtmlValidate(new FileSystemConfigLoader());

const hostile: TranscriptParagraph[] = [
  { start: undefined, speaker: undefined, text: 'Eine Einleitung ohne Zeit.', line: 1 },
  { start: 5, speaker: 'Oliver & "Co" <b>', text: 'Hier steht <script>alert(1)</script> & &amp; als Text.', line: 3 },
  { start: 5, speaker: undefined, text: 'Ohne Sprecher, im selben Moment.', line: 5 },
  { start: 3723, speaker: 'Katrin', text: '🧑🏽‍💻 日本語 Ende.', line: 7 },
];

function bodyOf(html: string): Element {
  const document = parse(html);
  const htmlElement = document.childNodes.find((node): node is Element => node.nodeName === 'html')!;
  return htmlElement.childNodes.find((node): node is Element => node.nodeName === 'body')!;
}

const text = (element: Element): string =>
  element.childNodes.map((node) => ('value' in node ? node.value : 'tagName' in node ? text(node) : '')).join('');

describe('the HTML transcript file', () => {
  it("holds, in the spec's shape and nothing else, a cite for each speaker, a time and a paragraph for each timed paragraph", () => {
    const body = bodyOf(toHtmlTranscript(hostile, page));
    const elements = body.childNodes.filter((node): node is Element => 'tagName' in node);
    expect(elements.map((element) => element.tagName)).toEqual(['cite', 'time', 'p', 'time', 'p', 'cite', 'time', 'p']);
    expect(elements.map(text)).toEqual([
      'Oliver & "Co" <b>:',
      '00:00:05',
      'Hier steht <script>alert(1)</script> & &amp; als Text.',
      '00:00:05',
      'Ohne Sprecher, im selben Moment.',
      'Katrin:',
      '01:02:03',
      '🧑🏽‍💻 日本語 Ende.',
    ]);
    expect(elements.filter((element) => element.tagName === 'time').map((element) => element.attrs)).toEqual([
      [{ name: 'datetime', value: 'PT5S' }],
      [{ name: 'datetime', value: 'PT5S' }],
      [{ name: 'datetime', value: 'PT1H2M3S' }],
    ]);
  });

  it('is a valid page by the rules the site follows, with language, title and the episode page as canonical address', async () => {
    const html = toHtmlTranscript(hostile, page);
    const report = await validator.validateString(html, 'transcript.html');
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.line}: ${message.message}`))).toEqual([]);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<title>Transkript: Vertraust du deiner IT? – Klartext IT</title>');
    expect(html).toContain('<link rel="canonical" href="https://klartext-it.example.de/folgen/004/">');
  });

  it('is valid for every demo episode', async () => {
    for (const episode of readEpisodeFiles()) {
      const report = await validator.validateString(toHtmlTranscript(readEpisodeBody(episode.body).paragraphs, page), episode.file);
      expect(
        report.results.flatMap((result) => result.messages.map((message) => message.message)),
        episode.file,
      ).toEqual([]);
    }
  });
});
