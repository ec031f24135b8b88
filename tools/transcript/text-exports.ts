import { problemAt, type Cue } from './cues.ts';
import { joinLines, joinText } from './text.ts';
import { looksLikeName } from './speaker-labels.ts';
import type { ConvertedChapter } from './chapter-files.ts';

/**
 * Plain-text exports of transcription tools: each paragraph opens with the
 * speaker and the time, on a line of their own or in front of the text.
 *
 * - Otter: `Katrin Albers  0:12`, then the text on the next lines
 * - Riverside: `Katrin Albers (00:12)`, then the text
 * - Descript: `[00:00:12] Katrin Albers: text` (speaker labels and timecodes switched on)
 * - also `00:12 Katrin Albers`, `Katrin Albers [00:00:12]`, `Katrin: [00:00:12] text`, and
 *   this site's own `[00:00:12] **Katrin:** text` with `## Kapitel [00:01:00]` headings
 */

const TIME = String.raw`(?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;
const OPEN = String.raw`[\[(]?`;
const CLOSE = String.raw`[\])]?`;
const BOLD = String.raw`(?:\*\*)?`;

/** `[00:00:12] Katrin: text`, `[00:00:12] **Katrin:** text` */
const TIME_NAME_TEXT = new RegExp(String.raw`^${OPEN}(${TIME})${CLOSE}\s*(?:[-–|]\s*)?${BOLD}([^:*\[\]]{1,40}?)${BOLD}\s*:${BOLD}\s+(.+)$`);
/** `Katrin: [00:00:12] text` */
const NAME_TIME_TEXT = new RegExp(String.raw`^${BOLD}([^:*\[\]()]{1,40}?)${BOLD}\s*:${BOLD}\s*[\[(](${TIME})[\])]\s*(.+)$`);
/** `Katrin Albers  0:12`, `Katrin Albers (00:12)`, `Katrin Albers [00:00:12]`, `Katrin Albers - 00:12` */
const NAME_TIME = new RegExp(String.raw`^${BOLD}(.{1,60}?)${BOLD}\s*(?:[-–|:]\s*|\s)${OPEN}(${TIME})${CLOSE}\s*$`);
/** `00:12 Katrin Albers`, `[00:00:12] Katrin Albers:` */
const TIME_NAME = new RegExp(String.raw`^${OPEN}(${TIME})${CLOSE}\s*(?:[-–|]\s*)?${BOLD}([^:*]{1,60}?)${BOLD}:?${BOLD}\s*$`);
/** `[00:00:12] text`: a paragraph that names no speaker goes on with the one before, as exports name speakers only when they change. */
const TIME_TEXT = new RegExp(String.raw`^[\[(](${TIME})[\])]\s+(.+)$`);
/** `## Kapitel [00:01:00]`, `### Intro (0:00)`, or a heading without a time, which starts with the paragraph after it; `#` is a title, as on the site. */
const HEADING = new RegExp(String.raw`^#{2,4}\s+(.+?)(?:\s+[\[(](${TIME})[\])])?\s*#*\s*$`);

type Line =
  | { kind: 'speaker text'; time: string; name: string; text: string }
  | { kind: 'speaker'; time: string; name: string }
  | { kind: 'time text'; time: string; text: string }
  | { kind: 'heading'; title: string; time: string | undefined }
  | { kind: 'text'; text: string }
  | { kind: 'blank' };

function classify(line: string): Line[] {
  const text = line.trim();
  if (!text) return [{ kind: 'blank' }];
  const candidates: Line[] = [];
  const heading = HEADING.exec(text);
  if (heading) candidates.push({ kind: 'heading', title: heading[1]!.replace(/^\*\*|\*\*$/g, '').trim(), time: heading[2] });
  let match = TIME_NAME_TEXT.exec(text);
  if (match && looksLikeName(match[2]!))
    candidates.push({ kind: 'speaker text', time: match[1]!, name: match[2]!.trim(), text: match[3]! });
  match = NAME_TIME_TEXT.exec(text);
  if (match && looksLikeName(match[1]!))
    candidates.push({ kind: 'speaker text', time: match[2]!, name: match[1]!.trim(), text: match[3]! });
  match = NAME_TIME.exec(text);
  if (match && looksLikeName(match[1]!)) candidates.push({ kind: 'speaker', time: match[2]!, name: match[1]!.trim() });
  match = TIME_NAME.exec(text);
  if (match && looksLikeName(match[2]!)) candidates.push({ kind: 'speaker', time: match[1]!, name: match[2]!.trim() });
  match = TIME_TEXT.exec(text);
  if (match) candidates.push({ kind: 'time text', time: match[1]!, text: match[2]! });
  candidates.push({ kind: 'text', text });
  return candidates;
}

/** `1:02:03`, `62:03` (some exports count minutes past the hour), `0:12.5`. */
function seconds(time: string, line: number): number {
  const parts = time.split(/[.,]/);
  const clock = parts[0]!.split(':').map(Number);
  const [hours, minutes, secs] = clock.length === 3 ? clock : [0, ...clock];
  if ((clock.length === 3 && minutes! > 59) || secs! > 59)
    throw problemAt(line, `"${time}" is not a time; minutes and seconds go up to 59`);
  return hours! * 3600 + minutes! * 60 + secs! + (parts[1] ? Number(`0.${parts[1]}`) : 0);
}

const key = (name: string) => name.toLocaleLowerCase();

/** Whether the text is a speaker-and-time export at all: two paragraphs of it are enough to tell. */
export function looksLikeTextExport(text: string): boolean {
  let found = 0;
  for (const line of text.split(/\r\n|\r|\n/, 2000)) {
    if (classify(line).some((candidate) => candidate.kind === 'speaker text' || candidate.kind === 'speaker')) found += 1;
    if (found >= 2) return true;
  }
  return false;
}

/**
 * Cues (one per paragraph of the export) and chapters of a speaker-and-time
 * text. Which reading of an ambiguous line wins is decided for the whole file:
 * a line like `[00:00:12] Hallo zusammen` above its text is a speaker when
 * that name heads more than one paragraph or is someone known, or, once the
 * file shows such names, when it stands after a blank line like the others.
 */
export function readTextExport(
  text: string,
  knownSpeakers: readonly string[] = [],
): { cues: Cue[]; chapters: (ConvertedChapter & { line: number })[]; warnings: string[] } {
  const lines = text.split(/\r\n|\r|\n/);
  const classified = lines.map(classify);
  const known = new Set(knownSpeakers.map(key));
  const counts = new Map<string, number>();
  for (const candidates of classified) {
    const speaker = candidates.find((candidate) => candidate.kind === 'speaker' || candidate.kind === 'speaker text');
    if (speaker && 'name' in speaker) counts.set(key(speaker.name), (counts.get(key(speaker.name)) ?? 0) + 1);
  }
  const confirmed = (name: string) => (counts.get(key(name)) ?? 0) >= 2 || known.has(key(name));
  const nextContentIndex: number[] = [];
  for (let index = classified.length - 1, next = -1; index >= 0; index -= 1) {
    nextContentIndex[index] = next;
    if (classified[index]![0]!.kind !== 'blank') next = index;
  }
  const nextContent = (index: number) => classified[nextContentIndex[index]!];
  const afterBlank = (index: number) => index === 0 || classified[index - 1]![0]!.kind === 'blank';
  /** A line of only a name and a time, after a blank line and before plain text: the shape of Otter's and Riverside's exports. */
  const isHeading = (candidate: Line, index: number) => {
    const next = nextContent(index);
    return candidate.kind === 'speaker' && afterBlank(index) && next !== undefined && next.length === 1 && next[0]!.kind === 'text';
  };
  const headingLines = classified.filter((candidates, index) => candidates.some((candidate) => isHeading(candidate, index))).length;
  const anyConfirmed = [...counts.keys()].some(confirmed) || headingLines >= 2;

  const cues: Cue[] = [];
  const chapters: (ConvertedChapter & { line: number })[] = [];
  const untimedHeadings: { title: string; line: number }[] = [];
  const skipped: number[] = [];
  let speaker: string | undefined;
  let current: Cue | undefined;
  const open = (time: string, name: string | undefined, body: string, line: number) => {
    if (name !== undefined) speaker = name;
    current = { start: seconds(time, line), end: undefined, speaker, text: joinLines([body]), line, breakBefore: true };
    cues.push(current);
    for (const heading of untimedHeadings.splice(0)) chapters.push({ start: current.start, title: heading.title, line: heading.line });
  };
  classified.forEach((candidates, index) => {
    const line = index + 1;
    const chosen = candidates.find((candidate) => {
      // A name heading one paragraph only counts where the file's other paragraphs show the pattern.
      if (candidate.kind === 'speaker text') return confirmed(candidate.name) || anyConfirmed;
      if (candidate.kind === 'speaker') {
        const next = nextContent(index);
        const fits = confirmed(candidate.name) || (anyConfirmed && afterBlank(index));
        return fits && next !== undefined && next.length === 1 && next[0]!.kind === 'text';
      }
      return true;
    })!;
    switch (chosen.kind) {
      case 'blank':
        return;
      case 'heading':
        if (chosen.time === undefined) untimedHeadings.push({ title: chosen.title, line });
        else chapters.push({ start: seconds(chosen.time, line), title: chosen.title, line });
        return;
      case 'speaker text':
        open(chosen.time, chosen.name, chosen.text, line);
        return;
      case 'speaker':
        open(chosen.time, chosen.name, '', line);
        return;
      case 'time text':
        open(chosen.time, undefined, chosen.text, line);
        return;
      case 'text':
        if (current) current.text = joinText(current.text, joinLines([chosen.text]));
        else skipped.push(line);
    }
  });
  if (cues.length === 0) {
    throw problemAt(
      undefined,
      'no paragraph with a speaker and a time found; expected lines like "Katrin Albers  0:12" or "[00:00:12] Katrin Albers: text"',
    );
  }
  const warnings =
    skipped.length > 0
      ? [`line ${skipped[0]}${skipped.length > 1 ? `–${skipped.at(-1)}` : ''} before the first speaker and time was left out`]
      : [];
  return { cues, chapters, warnings };
}
