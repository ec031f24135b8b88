import GithubSlugger from 'github-slugger';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { markdownToMdast, mdxToMdast, type MdastNode, type PluginFactoryContext } from 'satteri';
import { LEADING_TIME_MARK, secondsFromMatch, splitHeadingTime } from '../base/timecode';

export interface TranscriptHeading {
  /** Heading text without markup and without its time. */
  text: string;
  /** The id the heading has on the page; only `##` to `####` get one. */
  id: string;
  level: number;
  start: number | undefined;
  /** Line in the episode file, for error messages. */
  line: number;
}

export interface Chapter extends TranscriptHeading {
  start: number;
}

export interface TranscriptParagraph {
  start: number | undefined;
  speaker: string | undefined;
  /** Plain text without the time mark, the speaker and markup. */
  text: string;
  line: number;
}

export interface TranscriptProblem {
  line: number;
  message: string;
}

export interface EpisodeBody {
  /** Every heading, in document order. */
  headings: TranscriptHeading[];
  /** Headings with a time, in document order. */
  chapters: Chapter[];
  /** The body's own paragraphs; those inside lists, quotes and components are not transcript. */
  paragraphs: TranscriptParagraph[];
  /** Times that cannot be read: text shaped like a time that is not one (`[00:61:00]`), a timed `#` or `#####` heading. */
  problems: TranscriptProblem[];
  /** The body to read without markup or time marks: paragraphs apart by a blank line, list items with a dash, links with their address. */
  plainText: string;
}

export type BodyFormat = 'md' | 'mdx';

export const bodyFormat = (file: string): BodyFormat => (file.endsWith('.mdx') ? 'mdx' : 'md');

type Node = MdastNode;
type Root = Extract<Node, { type: 'root' }>;
type Paragraph = Extract<Node, { type: 'paragraph' }>;
type Heading = Extract<Node, { type: 'heading' }>;

/** Anything shaped like `[12:34]`, so a mistyped time is reported instead of silently read as text. */
const LOOSE_LEADING = /^\s*\[(?:\d+:)?\d+:\d+(?:[.,]\d+)?\]/;
const LOOSE_TRAILING = /\[(?:\d+:)?\d+:\d+(?:[.,]\d+)?\]\s*$/;
const SPEAKER_LABEL = /^(.+?):$/;

const notATimeMark = (found: string) => `${found} is not a time; write [mm:ss] or [hh:mm:ss] with minutes and seconds below 60`;
// Single spaces, nearly all of a transcript's white space, are left as they are: replacing each of them made this a third of the reading.
const squash = (text: string) => text.replace(/\s{2,}|[^\S ]/g, ' ').trim();

/**
 * Reads an episode body (Markdown or MDX, as written below the frontmatter)
 * once, with the Markdown processor the site renders it with, and derives
 * everything the site needs from that one tree: headings with the ids the
 * page gives them, chapters, timed paragraphs with their speakers, problems
 * with times, and the plain text. `firstLine` is the file line the body
 * starts on, so every line number points into the file the podcaster edits.
 *
 * Typographic quotes and dashes stay off (the page turns them on): captions,
 * chapter titles and the text file carry the characters as written.
 * @see https://docs.astro.build/en/reference/markdown-processors/satteri/
 */
export function readEpisodeBody(
  source: string,
  { format = 'md', firstLine = 1 }: { format?: BodyFormat; firstLine?: number } = {},
): EpisodeBody {
  const root = (format === 'mdx' ? mdxToMdast(source) : markdownToMdast(source)) as Root;
  const body: EpisodeBody = { headings: [], chapters: [], paragraphs: [], problems: [], plainText: '' };
  const textBlocks: TextBlock[] = [];
  // Only sections get ids, counted in document order as the page meets them.
  const slugger = new GithubSlugger();
  /** The dash of a list item, waiting for the item's first line of text. */
  let bullet = '';

  const lineOf = (node: Node) => node.position!.start.line + firstLine - 1;

  const addText = (text: string, node: Node) => {
    const tidy = tidyLines(text);
    if (tidy === '') return;
    textBlocks.push({ text: bullet + tidy, firstLine: node.position!.start.line, lastLine: node.position!.end.line });
    bullet = '';
  };

  const heading = (node: Heading) => {
    const line = lineOf(node);
    const written = inlineText(node.children, false);
    const { text, start } = splitHeadingTime(squash(written));
    if (start === undefined && LOOSE_TRAILING.test(written)) {
      body.problems.push({ line, message: notATimeMark(LOOSE_TRAILING.exec(written)![0].trim()) });
    }
    const isSection = node.depth >= 2 && node.depth <= 4;
    const entry: TranscriptHeading = { text, id: isSection ? slugger.slug(text) : '', level: node.depth, start, line };
    body.headings.push(entry);
    addText(splitHeadingTime(inlineText(node.children, true)).text, node);
    if (start === undefined) return;
    if (isSection) body.chapters.push({ ...entry, start });
    else body.problems.push({ line, message: `a chapter must be a ## to #### heading, not ${'#'.repeat(node.depth)}` });
  };

  const paragraph = (node: Paragraph, isTranscript: boolean) => {
    const [first, ...others] = node.children;
    const lead = first?.type === 'text' ? first.value : '';
    const mark = isTranscript ? LEADING_TIME_MARK.exec(lead) : null;
    const afterMark = mark ? lead.slice(mark[0].length) : '';
    const spoken = mark ? [...(afterMark ? [{ type: 'text' as const, value: afterMark }] : []), ...others] : node.children;
    addText(inlineText(spoken, true), node);
    if (!isTranscript) return;
    const line = lineOf(node);
    if (!mark && LOOSE_LEADING.test(lead)) body.problems.push({ line, message: notATimeMark(LOOSE_LEADING.exec(lead)![0].trim()) });
    const { speaker, words } = splitSpeaker(spoken);
    body.paragraphs.push({ start: mark ? secondsFromMatch(mark) : undefined, speaker, text: squash(inlineText(words, false)), line });
  };

  const blocks = (nodes: readonly Node[], atRoot: boolean) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          heading(node);
          break;
        case 'paragraph':
          paragraph(node, atRoot);
          break;
        case 'listItem':
          bullet = '- ';
          blocks(node.children, false);
          bullet = '';
          break;
        case 'table':
          addText(node.children.map((row) => row.children.map((cell) => inlineText(cell.children, true)).join(' | ')).join('\n'), node);
          break;
        case 'html':
          addText(htmlText(node.value), node);
          break;
        case 'code':
        case 'thematicBreak':
          break;
        default:
          if ('children' in node) blocks(node.children, false);
      }
    }
  };

  blocks(root.children, true);
  body.plainText = joinTextBlocks(textBlocks);
  return body;
}

interface TextBlock {
  text: string;
  /** Lines in the source, so blocks written on consecutive lines stay on consecutive lines. */
  firstLine: number;
  lastLine: number;
}

function joinTextBlocks(blocks: readonly TextBlock[]): string {
  return blocks
    .map(({ text, firstLine }, index) => {
      const previous = blocks[index - 1];
      if (!previous) return text;
      return `${firstLine <= previous.lastLine + 1 ? '\n' : '\n\n'}${text}`;
    })
    .join('');
}

/** A block's lines without the indentation and trailing blanks of the source, and at most one empty line in a row (an HTML block can hold more). */
function tidyLines(text: string): string {
  if (!text.includes('\n')) return text.trim();
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const compiled = new WeakMap<object, EpisodeBody>();

/**
 * The body Astro is compiling into a page, read once per compile for the
 * page's Sätteri plugins (the compile's data bag is the key), so the ids,
 * chapter times and time marks on the page are those of this reading.
 * Positions refer to the compiled source, which for MDX is the whole file.
 */
export function readCompiledBody({
  source,
  sourceFormat,
  data,
}: Pick<PluginFactoryContext, 'source' | 'sourceFormat' | 'data'>): EpisodeBody {
  let body = compiled.get(data);
  if (!body) {
    body = readEpisodeBody(source, { format: sourceFormat === 'mdx' ? 'mdx' : 'md' });
    compiled.set(data, body);
  }
  return body;
}

/**
 * `**Oliver:** …` or `**Oliver**: …` at the start (after the time mark) names
 * the speaker; on a timed paragraph the page marks the same bold name.
 */
function splitSpeaker(nodes: readonly Node[]): { speaker: string | undefined; words: readonly Node[] } {
  const [name, after] = nodes;
  if (name?.type !== 'strong') return { speaker: undefined, words: nodes };
  const label = squash(inlineText(name.children, false));
  const inside = SPEAKER_LABEL.exec(label)?.[1];
  if (inside) return { speaker: inside.trim(), words: nodes.slice(1) };
  if (after?.type === 'text' && after.value.startsWith(':'))
    return { speaker: label, words: [{ ...after, value: after.value.slice(1) }, ...nodes.slice(2)] };
  return { speaker: undefined, words: nodes };
}

/**
 * Inline content as words. Spoken (chapter titles, captions, heading ids): a
 * link is its text. For reading (the plain text): a link also names its address,
 * and line breaks stay. Tags of inline HTML carry no words; the text between them does.
 */
function inlineText(nodes: readonly Node[], forReading: boolean): string {
  let text = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        text += node.value;
        break;
      case 'break':
        text += forReading ? '\n' : ' ';
        break;
      case 'image':
        text += node.alt ?? '';
        break;
      case 'link': {
        const words = inlineText(node.children, forReading);
        text += forReading && words !== node.url ? `${words} (${node.url})` : words;
        break;
      }
      default:
        if ('children' in node) text += inlineText(node.children, forReading);
    }
  }
  return text;
}

type HtmlNode = DefaultTreeAdapterTypes.ChildNode;

/** The words of an HTML block, read by a standard HTML parser, as a browser would show them. */
function htmlText(html: string): string {
  const words = (nodes: readonly HtmlNode[]): string =>
    nodes
      .map((node) =>
        node.nodeName === '#text' ? (node as DefaultTreeAdapterTypes.TextNode).value : 'childNodes' in node ? words(node.childNodes) : '',
      )
      .join('');
  return words(parseFragment(html).childNodes);
}

/**
 * The file line an episode body starts on. Astro hands out the body trimmed,
 * after the frontmatter, so it is found verbatim behind the closing `---`.
 */
export function bodyStartLine(fileText: string, body: string): number {
  const frontmatterEnd = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(fileText)?.[0].length ?? 0;
  const index = fileText.indexOf(body, frontmatterEnd);
  return fileText.slice(0, index >= 0 ? index : frontmatterEnd).split('\n').length;
}
