import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { parseDuration, parseIsoDuration } from '../../src/lib/base/duration.ts';
import { problemAt, type Cue } from './cues.ts';
import { joinLines } from './text.ts';

/**
 * The HTML transcript of the Podcasting 2.0 spec: `<cite>` names the speaker,
 * `<time>` gives the start, `<p>` holds what is said. Read with the HTML
 * parser the site already uses, so a hostile file is only ever text.
 * @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/transcripts/transcripts.md#html
 */

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

const isElement = (node: Node): node is Element => 'tagName' in node;

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node && !['script', 'style', 'template'].includes(node.nodeName) ? node.childNodes.map(textOf).join('') : '';
}

function* elements(node: Node): Generator<Element> {
  if (!('childNodes' in node)) return;
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    if (!['cite', 'time', 'p'].includes(child.tagName)) yield* elements(child);
  }
}

/** Whether the text is an HTML transcript: an HTML document or fragment with at least one `<p>` and a `<time>`. */
export function looksLikeHtmlTranscript(text: string): boolean {
  return /^\s*</.test(text) && /<p[\s>]/i.test(text) && /<time[\s>]/i.test(text);
}

export function readHtmlTranscript(source: string): Cue[] {
  const document = parse(source, { sourceCodeLocationInfo: true });
  const cues: Cue[] = [];
  let speaker: string | undefined;
  let start: number | undefined;
  for (const element of elements(document)) {
    if (!['cite', 'time', 'p'].includes(element.tagName)) continue;
    const line = element.sourceCodeLocation?.startLine ?? 1;
    const words = joinLines(textOf(element).split(/\r\n|[\r\n]/));
    if (element.tagName === 'cite') {
      speaker = words.replace(/\s*:$/, '').trim() || undefined;
    } else if (element.tagName === 'time') {
      const written = element.attrs.find((attribute) => attribute.name === 'datetime')?.value ?? '';
      const seconds = (words.includes(':') ? parseDuration(words) : undefined) ?? parseIsoDuration(written) ?? parseDuration(written);
      if (seconds === undefined)
        throw problemAt(line, `<time>${words}</time> is not a time; expected hh:mm:ss or mm:ss, like <time>00:01:02</time>`);
      start = seconds;
    } else if (words) {
      if (start === undefined) throw problemAt(line, 'a paragraph without a time; expected <time>hh:mm:ss</time> before the first <p>');
      cues.push({ start, end: undefined, speaker, text: words, line, breakBefore: true });
    }
  }
  if (cues.length === 0)
    throw problemAt(undefined, 'no <p> with text found; expected <cite>Name:</cite> <time>00:00:00</time> <p>text</p>');
  return cues;
}
