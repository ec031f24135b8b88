import GithubSlugger from 'github-slugger';
import { parseFragment } from 'parse5';
import { LEADING_TIME_MARK, secondsFromMatch, splitHeadingTime } from '../base/timecode';

export interface TranscriptHeading {
  /** Heading text without markup and without its time. */
  text: string;
  /** The id the heading gets on the page (same rule as the heading-anchors plugin). */
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

export interface Transcript {
  headings: TranscriptHeading[];
  /** Headings with a time, in file order. */
  chapters: Chapter[];
  paragraphs: TranscriptParagraph[];
  /** Text that looks like a time mark but is not one (`[00:61:00]`). */
  problems: TranscriptProblem[];
}

const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^[ \t]*(```|~~~)/;
/** Blocks that are not prose: lists, quotes, tables, HTML/JSX and MDX import/export. */
const NOT_PROSE = /^(?:[-*+][ \t]|\d+[.)][ \t]|>|\||<|\{|import[ \t]|export[ \t])/;
const SPEAKER = /^\*\*([^*]+?):\*\*[ \t]*|^\*\*([^*]+?)\*\*:[ \t]*/;
/** Anything shaped like `[12:34]`, so a mistyped time is reported instead of silently read as text. */
const LOOSE_LEADING = /^\s*\[(?:\d+:)?\d+:\d+(?:[.,]\d+)?\]/;
const LOOSE_TRAILING = /\[(?:\d+:)?\d+:\d+(?:[.,]\d+)?\]\s*$/;

/**
 * Reads an episode body as written (Markdown or MDX) into headings, chapters and
 * paragraphs. `firstLine` is the file line the body starts on, so every line
 * number points into the file the podcaster edits.
 */
export function parseTranscript(body: string, { firstLine = 1 } = {}): Transcript {
  const transcript: Transcript = { headings: [], chapters: [], paragraphs: [], problems: [] };
  const slugger = new GithubSlugger();
  let block: string[] = [];
  let blockLine = 0;
  let fence: string | undefined;

  const flush = () => {
    if (block.length > 0 && !NOT_PROSE.test(block[0]!)) addParagraph(transcript, block.join(' '), blockLine);
    block = [];
  };

  body.split(/\r?\n/).forEach((raw, index) => {
    const line = firstLine + index;
    const fenceMatch = FENCE.exec(raw);
    if (fence) {
      if (fenceMatch?.[1] === fence) fence = undefined;
      return;
    }
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1];
      return;
    }
    const heading = HEADING.exec(raw);
    if (heading) {
      flush();
      addHeading(transcript, slugger, heading[1]!.length, heading[2]!, line);
      return;
    }
    if (raw.trim() === '') {
      flush();
      return;
    }
    if (block.length === 0) blockLine = line;
    block.push(raw.trim());
  });
  flush();
  return transcript;
}

function addHeading(transcript: Transcript, slugger: GithubSlugger, level: number, source: string, line: number) {
  const { text: titled, start } = splitHeadingTime(source);
  if (start === undefined && LOOSE_TRAILING.test(source)) {
    transcript.problems.push({ line, message: notATimeMark(LOOSE_TRAILING.exec(source)![0].trim()) });
  }
  const text = plainText(titled);
  const sectionLevel = level >= 2 && level <= 4;
  // The heading-anchors plugin slugs h2–h4 only, in document order; ids must match it.
  const id = sectionLevel ? slugger.slug(text) : '';
  const heading: TranscriptHeading = { text, id, level, start, line };
  transcript.headings.push(heading);
  if (start === undefined) return;
  if (sectionLevel) transcript.chapters.push({ ...heading, start });
  else transcript.problems.push({ line, message: `a chapter must be a ## to #### heading, not ${'#'.repeat(level)}` });
}

function addParagraph(transcript: Transcript, source: string, line: number) {
  const mark = LEADING_TIME_MARK.exec(source);
  if (!mark && LOOSE_LEADING.test(source)) {
    transcript.problems.push({ line, message: notATimeMark(LOOSE_LEADING.exec(source)![0].trim()) });
  }
  const rest = mark ? source.slice(mark[0].length) : source;
  const speaker = SPEAKER.exec(rest);
  const text = plainText(speaker ? rest.slice(speaker[0].length) : rest);
  transcript.paragraphs.push({
    start: mark ? secondsFromMatch(mark) : undefined,
    speaker: speaker ? plainText(speaker[1] ?? speaker[2]!) : undefined,
    text,
    line,
  });
}

const notATimeMark = (found: string) => `${found} is not a time; write [mm:ss] or [hh:mm:ss] with minutes and seconds below 60`;

// Escaped punctuation is parked in the Private Use Area while the markup around it is removed, so `\<b\>` stays text.
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const PARKED = /[\uE000-\uE07F]/g;
const park = (char: string) => String.fromCharCode(0xe000 + char.charCodeAt(0));
const unpark = (char: string) => String.fromCharCode(char.charCodeAt(0) - 0xe000);

/** Character references (`&lt;`, `&#60;`, `&auml;`) as the text they stand for, decoded by the HTML parser. */
function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return parseFragment(text.replaceAll('<', '&lt;'))
    .childNodes.map((node) => ('value' in node ? node.value : ''))
    .join('');
}

/** Inline Markdown reduced to the words a listener hears. */
export function plainText(markdown: string): string {
  const withoutMarkup = markdown
    .replace(ESCAPED, (_, char: string) => park(char))
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1$2')
    .replace(/(^|\W)_(?!\s)(.+?)_(?!\w)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '');
  return decodeCharacterReferences(withoutMarkup).replace(PARKED, unpark).replace(/\s+/g, ' ').trim();
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
