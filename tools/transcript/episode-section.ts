import { createHash } from 'node:crypto';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { readEpisodeBody, type BodyFormat } from '../../src/lib/transcript/episode-body.ts';
import type { PlacedChapter } from './markdown.ts';

/**
 * The transcript section of an episode file: everything after the heading
 * that names it (`## Transkript`), or from the first time mark on when there
 * is no such heading before it. Frontmatter and show notes above it are never
 * touched. A converted section starts with a comment holding a fingerprint of
 * what was written, as the importer's `imported.hash` does for whole files: while
 * it matches, the next conversion may replace the section; after a hand edit,
 * only `--force` does.
 */

export type SectionState = 'empty' | 'converted' | 'edited by hand' | 'written by hand';

export interface TranscriptSection {
  /** The file up to the section: frontmatter, show notes and the transcript heading. */
  before: string;
  /** Whether a heading naming the transcript comes before the section. */
  hasHeading: boolean;
  state: SectionState;
  /** The line in the file where the section's content starts, for messages. */
  line: number;
  /** The episode's chapter headings (all of them are in the section), each as written. */
  chapters: PlacedChapter[];
}

/** Headings that name the transcript section, in the languages the site speaks. */
const TRANSCRIPT_HEADING = /^(?:transkript|transcript)$/i;
const MARKER = /^(?:<!--|\{\/\*) converted by npm run transcript, fingerprint ([\da-f]{16}) (?:-->|\*\/\})$/;

export const fingerprint = (markdown: string) =>
  createHash('sha256').update(markdown.replace(/\r\n?/g, '\n').trim()).digest('hex').slice(0, 16);

/** The comment above a converted transcript; it names no file, since the page's source shows it to every visitor. */
export function markerLine(markdown: string, format: BodyFormat): string {
  const text = `converted by npm run transcript, fingerprint ${fingerprint(markdown)}`;
  return format === 'mdx' ? `{/* ${text} */}` : `<!-- ${text} -->`;
}

function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}

/** Where the transcript section of this episode file is and what it holds; `undefined` when the frontmatter cannot be read. */
export function findTranscriptSection(fileText: string, format: BodyFormat): TranscriptSection | undefined {
  const frontmatter = readFrontmatter(fileText);
  if (!frontmatter.ok) return undefined;
  const { body } = frontmatter;
  const head = fileText.slice(0, fileText.length - body.length);
  const headLines = head.split('\n').length - 1;
  const reading = readEpisodeBody(body, { format });
  const heading = reading.headings.find((candidate) => candidate.start === undefined && TRANSCRIPT_HEADING.test(candidate.text));
  const timedLines = [
    ...reading.chapters.map((chapter) => chapter.line),
    ...reading.paragraphs.flatMap((paragraph) => (paragraph.start === undefined ? [] : [paragraph.line])),
  ];
  const firstTimed = timedLines.length > 0 ? Math.min(...timedLines) : undefined;
  const bodyLines = body.split('\n');
  let startLine: number;
  let hasHeading = false;
  if (heading && (firstTimed === undefined || heading.line < firstTimed)) {
    hasHeading = true;
    startLine = heading.line + 1;
    // A setext heading's underline belongs to the heading.
    if (/^\s{0,3}(?:=+|-+)\s*$/.test(bodyLines[heading.line] ?? '')) startLine += 1;
  } else {
    startLine = firstTimed ?? bodyLines.length + 1;
  }
  const start = offsetOfLine(body, startLine);
  const section = body.slice(start);
  const firstContent = Math.max(
    0,
    section.split('\n').findIndex((line) => line.trim() !== ''),
  );
  const chapters = reading.chapters.map((chapter): PlacedChapter => {
    const written = bodyLines[chapter.line - 1]?.trim() ?? '';
    return { start: chapter.start, title: chapter.text, ...(written.startsWith('#') ? { markdown: written } : {}) };
  });
  return {
    before: head + body.slice(0, start),
    hasHeading,
    state: stateOf(
      section,
      startLine,
      reading.chapters.map((chapter) => chapter.line),
    ),
    line: headLines + startLine + firstContent,
    chapters,
  };
}

function stateOf(section: string, startLine: number, chapterLines: readonly number[]): SectionState {
  const lines = section.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1) return 'empty';
  const marker = MARKER.exec(lines[first]!.trim());
  if (marker) return fingerprint(lines.slice(first + 1).join('\n')) === marker[1] ? 'converted' : 'edited by hand';
  // Chapter headings alone (as the importer writes them) are no transcript yet; they are carried over.
  const rest = lines.filter((line, index) => line.trim() !== '' && !chapterLines.includes(startLine + index));
  return rest.length === 0 ? 'empty' : 'written by hand';
}

/** The episode file with its transcript section replaced by the converted Markdown, under a fingerprint comment. */
export function withTranscript(
  section: TranscriptSection,
  markdown: string,
  { format, heading }: { format: BodyFormat; heading: string },
): string {
  const before = section.before.replace(/\s+$/, '');
  const opening = section.hasHeading ? [] : [`## ${heading}`];
  const parts = [...opening, markerLine(markdown, format), markdown.trim()].join('\n\n');
  return before ? `${before}\n\n${parts}\n` : `${parts}\n`;
}
