import { problemAt, type Cue } from './cues.ts';
import { cueText, decodeCharacterReferences, joinText, type Markup } from './text.ts';
import { endsSentence, speakerPrefixes } from './speaker-labels.ts';

/**
 * SubRip and WebVTT caption files. One reader for both, by hand: their blocks
 * are alike, real files bend both specs (SubRip with `.` in times, cue numbers
 * missing, a blank line inside a cue's text), and every problem must name its
 * line, which the parsers on npm do not report (webvtt-parser also decodes
 * `&amp;` to `&;`).
 * @see https://www.w3.org/TR/webvtt1/
 * @see https://en.wikipedia.org/wiki/SubRip
 */

export type CaptionDialect = 'webvtt' | 'subrip';

interface RawCue {
  start: number;
  end: number;
  line: number;
  payload: string[];
}

/** `01:02:03.500`, `02:03,5`, `1:02:03,500`: hours optional, either separator, one to three digits of fraction. */
const TIMESTAMP = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;
const TIMING_LINE = /^\s*(\S+)\s*-->\s*(\S+)/;
const EXAMPLE: Record<CaptionDialect, string> = { webvtt: '00:01:02.500 --> 00:01:05.000', subrip: '00:01:02,500 --> 00:01:05,000' };

export function parseCueTimestamp(text: string, line: number): number {
  const match = TIMESTAMP.exec(text);
  if (!match) throw problemAt(line, `"${text}" is not a time; expected hours, minutes, seconds and milliseconds like 00:01:02.500`);
  const [, hours = '0', minutes, seconds, fraction = '0'] = match;
  if (Number(minutes) > 59 || Number(seconds) > 59) {
    throw problemAt(line, `"${text}" is not a time; minutes and seconds go up to 59`);
  }
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(fraction.padEnd(3, '0')) / 1000;
}

function rawCues(text: string, dialect: CaptionDialect, warnings: string[]): RawCue[] {
  const lines = text.split(/\r\n|\r|\n/);
  const cues: RawCue[] = [];
  let index = 0;
  if (dialect === 'webvtt') {
    if (!/^WEBVTT(?:[ \t]|$)/.test(lines[0] ?? '')) throw problemAt(1, 'expected "WEBVTT" at the start of the first line');
    // The header (Kind:, Language:, X-TIMESTAMP-MAP) runs to the first blank line.
    while (index < lines.length && lines[index]!.trim() !== '') index += 1;
  }
  let current: RawCue | undefined;
  let skipping = false;
  const strayLines: number[] = [];
  for (; index < lines.length; index += 1) {
    const line = lines[index]!;
    const number = index + 1;
    if (line.trim() === '') {
      // YouTube opens its cues with a line of one space; only a line of nothing, or one after the text, ends a cue.
      if (current && current.payload.length === 0 && line !== '') continue;
      current = undefined;
      skipping = false;
      continue;
    }
    if (skipping) continue;
    if (line.includes('-->')) {
      const timing = TIMING_LINE.exec(line);
      if (!timing) throw problemAt(number, `expected a cue time like ${EXAMPLE[dialect]}, found "${line.trim()}"`);
      current = { start: parseCueTimestamp(timing[1]!, number), end: parseCueTimestamp(timing[2]!, number), line: number, payload: [] };
      cues.push(current);
      continue;
    }
    if (current) {
      current.payload.push(line);
      continue;
    }
    const nextIsTiming = lines[index + 1]?.includes('-->') ?? false;
    if (nextIsTiming && (dialect === 'webvtt' || /^\s*\d+\s*$/.test(line))) continue;
    if (dialect === 'webvtt' && /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(line)) {
      skipping = true;
      continue;
    }
    if (dialect === 'subrip' && /^\s*\d+\s*$/.test(line) && !nextIsTiming) {
      throw problemAt(index + 2, `expected the time line of cue ${line.trim()}, like ${EXAMPLE.subrip}`);
    }
    const last = cues.at(-1);
    if (dialect === 'subrip' && last) {
      // A blank line inside a cue's text: the text goes on.
      last.payload.push(line);
      current = last;
      continue;
    }
    if (dialect === 'subrip')
      throw problemAt(number, `expected a cue number or a time line like ${EXAMPLE.subrip}, found "${line.trim()}"`);
    strayLines.push(number);
    skipping = true;
  }
  if (strayLines.length > 0) {
    warnings.push(`text without a cue time was left out (line ${strayLines.slice(0, 5).join(', ')}${strayLines.length > 5 ? ', …' : ''})`);
  }
  if (cues.length === 0) throw problemAt(undefined, `no cues found; expected blocks with a time line like ${EXAMPLE[dialect]}`);
  return cues;
}

/** `<v Oliver>`, `<v.loud Katrin Albers>`: a voice span names who speaks until the next one. */
const VOICE = /<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>/g;

interface Part {
  speaker: string | undefined;
  raw: string;
}

/** A WebVTT payload cut at its voice spans; text before the first span keeps the speaker before it. */
function voiceParts(payload: string): Part[] {
  const parts: Part[] = [];
  let from = 0;
  let speaker: string | undefined;
  for (const match of payload.matchAll(VOICE)) {
    parts.push({ speaker, raw: payload.slice(from, match.index) });
    speaker = decodeCharacterReferences(match[1] ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    from = match.index + match[0].length;
  }
  parts.push({ speaker, raw: payload.slice(from) });
  return parts;
}

/** Cues for the parts of one raw cue, its time shared out by the length of each part's text. */
function cuesOfParts(
  raw: RawCue,
  parts: readonly { speaker: string | undefined; text: string; named: boolean }[],
  state: { speaker?: string },
): Cue[] {
  const kept = parts.filter((part) => part.text || part.named);
  const total = kept.reduce((sum, part) => sum + part.text.length, 0) || 1;
  let done = 0;
  return kept.map((part) => {
    const start = raw.start + ((raw.end - raw.start) * done) / total;
    done += part.text.length;
    if (part.named) state.speaker = part.speaker;
    return { start, end: raw.end, speaker: state.speaker, text: part.text, line: raw.line };
  });
}

/** Below this share of cues repeating the lines before, a repeated line is taken as said twice. */
const ROLL_UP_SHARE = 0.3;

const repeatedLines = (lines: readonly string[], before: readonly string[]) => {
  for (let count = Math.min(lines.length, before.length); count > 0; count -= 1) {
    if (lines.slice(0, count).every((line, index) => line === before[before.length - count + index])) return count;
  }
  return 0;
};

/**
 * Roll-up captions (YouTube's automatic ones, live captioning) move each line
 * up when the next one arrives, so every cue starts with the last lines of the
 * cue before, and short cues repeat a whole screen. Only the new lines are
 * speech. A file counts as roll-up when many cues start that way; elsewhere a
 * repeated line is kept, as someone may well say "Ja." twice.
 */
export function withoutRolledUpLines(cues: readonly (readonly string[])[]): string[][] {
  const shown = cues.map((lines) => lines.filter((line) => line !== ''));
  const repeats = shown.map((lines, index) => (index === 0 ? 0 : repeatedLines(lines, shown[index - 1]!)));
  const rolling = repeats.filter((count) => count > 0).length;
  if (cues.length < 3 || rolling < cues.length * ROLL_UP_SHARE) return cues.map((lines) => [...lines]);
  return shown.map((lines, index) => lines.slice(repeats[index]));
}

/**
 * The cues of a SubRip or WebVTT file. Speakers come from WebVTT voice spans,
 * or else from a `Name:` at the start of a line (SubRip's convention, which
 * the Podcasting 2.0 spec asks for), counted as a name only when it opens
 * lines more than once or names someone known (see `speakerPrefixes`). A
 * cue without a name is spoken by the speaker before it, as both conventions
 * name the speaker only when it changes.
 */
export function readCaptions(
  text: string,
  dialect: CaptionDialect,
  knownSpeakers: readonly string[] = [],
): { cues: Cue[]; speakerStyle: 'voice' | 'prefix' | 'none'; warnings: string[] } {
  const warnings: string[] = [];
  const raws = rawCues(text, dialect, warnings);
  const markup: Markup = dialect;
  const state: { speaker?: string } = {};
  const hasVoices = dialect === 'webvtt' && raws.some((raw) => raw.payload.some((line) => /<v[\s.>]/.test(line)));
  if (hasVoices) {
    const cues = raws.flatMap((raw) =>
      cuesOfParts(
        raw,
        voiceParts(raw.payload.join('\n')).map(({ speaker, raw: part }, index) => ({
          speaker,
          text: cueText(part, markup),
          named: index > 0 && speaker !== '',
        })),
        state,
      ),
    );
    return { cues, speakerStyle: 'voice', warnings };
  }
  const lineTexts = withoutRolledUpLines(raws.map((raw) => raw.payload.map((line) => cueText(line, markup))));
  const prefixes = speakerPrefixes(lineTexts.flat(), knownSpeakers);
  let previousText: string | undefined;
  const maybeSpeakers: string[] = [];
  const cues = raws.flatMap((raw, index) => {
    const parts: { speaker: string | undefined; text: string; named: boolean }[] = [];
    for (const [offset, line] of lineTexts[index]!.entries()) {
      const prefix = prefixes.split(line);
      const label = prefixes.found && !prefix && endsSentence(previousText) ? prefixes.unconfirmed(line) : undefined;
      if (label) maybeSpeakers.push(`"${label}" (line ${raw.line + 1 + offset})`);
      if (line) previousText = line;
      if (prefix || parts.length === 0) parts.push({ speaker: prefix?.speaker, text: prefix?.text ?? line, named: prefix !== undefined });
      else parts.at(-1)!.text = joinText(parts.at(-1)!.text, line);
    }
    return cuesOfParts(raw, parts.length > 0 ? parts : [{ speaker: undefined, text: '', named: false }], state);
  });
  if (maybeSpeakers.length > 0) {
    warnings.push(
      `read as text, not as a speaker, because it opens only one line: ${maybeSpeakers.slice(0, 5).join(', ')}${maybeSpeakers.length > 5 ? ', …' : ''}; ` +
        'if one is a speaker, name it with --speakers "Label=Name"',
    );
  }
  return { cues, speakerStyle: prefixes.found ? 'prefix' : 'none', warnings };
}
