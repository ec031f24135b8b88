import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { WebVTTParser, type VttNode } from 'webvtt-parser';
import { describe, expect, it } from 'vitest';
import { toJsonChapters } from '../../../src/lib/transcript/chapters';
import { checkTimes } from '../../../src/lib/transcript/check-times';
import { buildCues, cueTimestamp, wrapLines } from '../../../src/lib/transcript/cues';
import { toJsonTranscript } from '../../../src/lib/transcript/json-transcript';
import { bodyFormat, bodyStartLine, readEpisodeBody } from '../../../src/lib/transcript/episode-body';
import { SRT_LIMITS, toSrt } from '../../../src/lib/transcript/srt';
import { transcriptTextFile } from '../../../src/lib/transcript/text-file';
import { toWebVtt } from '../../../src/lib/transcript/vtt';
import chaptersSchema from '../../support/schemas/json-chapters.schema.json' with { type: 'json' };
import transcriptSchema from '../../support/schemas/json-transcript.schema.json' with { type: 'json' };
import { readEpisodeFiles } from '../../support/content-files';

const sample = readEpisodeBody(`## Start [00:00:05]

[00:00:05] **Oliver:** Herzlich willkommen zu einer neuen Folge. Heute geht es um ein Wort, das in fast jedem Gespräch über Zusammenarbeit irgendwann fällt und das trotzdem selten jemand erklärt: Vertrauen.

[00:00:30] **Katrin:** Danke!

[00:00:40] Ohne Sprecher: <b>kein Tag</b>, 3 < 4 & --> kein Pfeil.

## Ende [01:00:00]

[01:00:00] **Oliver & Co:** Tschüss.
`);
const duration = 3700;
const ajv = new Ajv({ allErrors: true });

function parseVtt(text: string) {
  const result = new WebVTTParser().parse(text, 'metadata');
  expect(result.errors).toEqual([]);
  return result.cues;
}

const voiceOf = (nodes: VttNode[]) => nodes.find((node) => node.type === 'object' && node.name === 'v')?.value;

describe('caption cues', () => {
  it.each([
    ['kurz', 65, ['kurz']],
    ['eins zwei drei vier', 9, ['eins zwei', 'drei vier']],
    ['Donaudampfschifffahrtsgesellschaft ist lang', 10, ['Donaudampfschifffahrtsgesellschaft', 'ist lang']],
    ['', 65, []],
  ])('wraps %j at %i characters', (text, length, lines) => {
    expect(wrapLines(text, length)).toEqual(lines);
  });

  it('keeps every line at most 65 characters and splits long paragraphs into several cues', () => {
    const cues = buildCues(sample.paragraphs, duration);
    expect(cues.every((cue) => cue.lines.every((line) => line.length <= 65) && cue.lines.length <= 2)).toBe(true);
    expect(cues.filter((cue) => cue.speaker === 'Oliver' && cue.start < 30).length).toBeGreaterThan(1);
  });

  it("spreads a paragraph's time over its cues without gaps, until the next paragraph starts", () => {
    const first = buildCues(sample.paragraphs, duration).filter((cue) => cue.start < 30);
    expect(first[0]!.start).toBe(5);
    expect(first.at(-1)!.end).toBe(30);
    first.slice(1).forEach((cue, index) => expect(cue.start).toBe(first[index]!.end));
  });

  it('lets the last paragraph run until the audio ends', () => {
    expect(buildCues(sample.paragraphs, duration).at(-1)!.end).toBe(duration);
  });

  it.each([
    [0, '00:00:00.000'],
    [160.5, '00:02:40.500'],
    [3723.0004, '01:02:03.000'],
    [36000, '10:00:00.000'],
  ])('writes %f seconds as %s', (seconds, stamp) => {
    expect(cueTimestamp(seconds)).toBe(stamp);
    expect(cueTimestamp(seconds, ',')).toBe(stamp.replace('.', ','));
  });
});

describe('WebVTT', () => {
  const vtt = toWebVtt(sample.paragraphs, duration);

  it('is valid WebVTT with every speaker as a voice span', () => {
    const cues = parseVtt(vtt);
    expect(cues[0]!.startTime).toBe(5);
    expect(voiceOf(cues[0]!.tree.children)).toBe('Oliver');
    expect(cues.map((cue) => voiceOf(cue.tree.children))).toContain('Katrin');
    expect(cues.map((cue) => voiceOf(cue.tree.children))).toContain('Oliver &amp; Co');
  });

  it('escapes markup-like text and never lets "-->" end a cue early', () => {
    expect(vtt).toContain('Ohne Sprecher: kein Tag, 3 &lt; 4 &amp; --&gt; kein Pfeil.');
    const unnamed = parseVtt(vtt).find((cue) => cue.startTime === 40)!;
    expect(voiceOf(unnamed.tree.children)).toBeUndefined();
  });

  it('is an empty but valid file for an untimed transcript', () => {
    expect(parseVtt(toWebVtt(readEpisodeBody('Nur Text.').paragraphs, 60))).toEqual([]);
  });
});

/**
 * A strict reading of SubRip: number, time line, one or two lines of text, blank line. Each cue is also read by
 * webvtt-parser after SubRip's one difference in timing syntax (a comma before the milliseconds) is undone.
 */
function parseSrt(srt: string) {
  expect(srt.endsWith('\n')).toBe(true);
  const blocks = srt.trimEnd().split('\n\n');
  blocks.forEach((block, index) => {
    const [number, times, ...text] = block.split('\n');
    expect(number).toBe(String(index + 1));
    expect(times).toMatch(/^\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}$/);
    expect(text.length).toBeGreaterThan(0);
  });
  const asVtt = `WEBVTT\n\n${blocks
    .map((block) =>
      block
        .split('\n')
        .slice(1)
        .join('\n')
        .replace(/(\d),(\d{3})/g, '$1.$2'),
    )
    .join('\n\n')}\n`;
  const cues = parseVtt(asVtt);
  expect(cues).toHaveLength(blocks.length);
  return cues.map((cue, index) => ({ startTime: cue.startTime, endTime: cue.endTime, lines: blocks[index]!.split('\n').slice(2) }));
}

describe('SRT', () => {
  const hostile = readEpisodeBody(
    [
      '[00:00:05] **Oliver:** Unter https://www.bsi.bund.de/DE/Themen/Unternehmen-und-Organisationen/Standards-und-Zertifizierung/index.html steht es.',
      '[00:00:20] **Katrin:** 🧑🏽‍💻🧑🏽‍💻🧑🏽‍💻 Grüße aus Köln, Ärger über Öfen, Übermut und ẞ, 日本語のテキストも少しだけ書いておきます。',
      '[00:00:20] **Oliver:** Ja.',
      '[00:00:21] Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen',
    ].join('\n\n'),
  );

  it.each([
    ['the long demo-like sample', sample.paragraphs],
    ['links, emoji, umlauts, Japanese, a word longer than a line and two paragraphs in one second', hostile.paragraphs],
  ])("keeps the Podcasting 2.0 spec's limits, two lines of 32 characters per cue, for %s", (_, paragraphs) => {
    const cues = parseSrt(toSrt(paragraphs, duration));
    for (const cue of cues) {
      expect(cue.lines.length).toBeLessThanOrEqual(SRT_LIMITS.linesPerCue);
      for (const line of cue.lines) expect([...line].length, line).toBeLessThanOrEqual(SRT_LIMITS.maxLineLength);
      expect(cue.endTime).toBeGreaterThan(cue.startTime);
    }
    cues.slice(1).forEach((cue, index) => expect(cue.startTime).toBe(cues[index]!.endTime));
  });

  it('cuts only words longer than a line, and keeps every character', () => {
    const lines = parseSrt(toSrt(hostile.paragraphs, duration)).flatMap((cue) => cue.lines);
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen';
    expect(lines).toContain([...word].slice(0, SRT_LIMITS.maxLineLength).join(''));
    expect(lines.join('')).toContain(word);
    expect(lines.join(' ')).toContain('🧑🏽‍💻🧑🏽‍💻🧑🏽‍💻 Grüße aus Köln,');
  });

  it('numbers cues, uses comma milliseconds and names the speaker in the first cue of a paragraph', () => {
    const srt = toSrt(sample.paragraphs, duration);
    const blocks = srt.trim().split(/\n\n/);
    blocks.forEach((block, index) => {
      const [number, times] = block.split('\n');
      expect(number).toBe(String(index + 1));
      expect(times).toMatch(/^\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}$/);
    });
    expect(blocks[0]).toContain('\nOliver: Herzlich willkommen');
    expect(blocks.find((block) => block.includes('Danke!'))).toContain('Katrin: Danke!');
    expect(blocks[1]).not.toContain('Oliver:');
    expect(blocks.at(-1)).toContain('Oliver & Co: Tschüss.');
  });
});

describe('paragraphs that start in the same second', () => {
  const same = readEpisodeBody('[00:00:10] **Oliver:** Ja?\n\n[00:00:10] **Katrin:** Ja, klar.\n\n[00:00:14] **Oliver:** Gut.\n');

  it('share that time by length, in order, so no cue is empty', () => {
    expect(checkTimes(same, 60)).toEqual([]);
    // "Ja?" and "Ja, klar." weigh 4 and 10 (length and a space): the first gets 4/14 of the four seconds to 00:00:14.
    expect(buildCues(same.paragraphs, 60).map(({ start, end, speaker }) => ({ start, end, speaker }))).toEqual([
      { start: 10, end: 11.143, speaker: 'Oliver' },
      { start: 11.143, end: 14, speaker: 'Katrin' },
      { start: 14, end: 60, speaker: 'Oliver' },
    ]);
    const cues = parseVtt(toWebVtt(same.paragraphs, 60));
    expect(cues.map((cue) => voiceOf(cue.tree.children))).toEqual(['Oliver', 'Katrin', 'Oliver']);
  });
});

describe('Podcasting 2.0 JSON transcript', () => {
  it('matches the schema and keeps speakers and times of the cues', () => {
    const json = toJsonTranscript(sample.paragraphs, duration);
    expect(ajv.validate(transcriptSchema, json), ajv.errorsText()).toBe(true);
    expect(json.segments[0]).toMatchObject({ speaker: 'Oliver', startTime: 5 });
    expect(json.segments.find((segment) => segment.startTime === 40)).not.toHaveProperty('speaker');
  });
});

describe('chapters', () => {
  const pageUrl = 'https://klartext-it.example.de/folgen/004/';

  it('JSON chapters match the schema, end where the next begins and link to the section', () => {
    const json = toJsonChapters(sample.chapters, { title: 'Folge', podcastName: 'Klartext IT', pageUrl, duration });
    expect(ajv.validate(chaptersSchema, json), ajv.errorsText()).toBe(true);
    expect(json.chapters).toEqual([
      { startTime: 5, endTime: 3600, title: 'Start', url: `${pageUrl}#start` },
      { startTime: 3600, endTime: duration, title: 'Ende', url: `${pageUrl}#ende` },
    ]);
  });
});

describe('plain-text file', () => {
  it('starts with title, podcast and address', () => {
    const text = readEpisodeBody('**A:** Hallo').plainText;
    expect(transcriptTextFile({ title: 'Folge', podcast: 'Klartext IT', url: 'https://x/folgen/a/', text })).toBe(
      'Folge\nKlartext IT\nhttps://x/folgen/a/\n\nA: Hallo\n',
    );
  });
});

describe('the demo episodes', () => {
  it.each(readEpisodeFiles().map((episode) => [episode.slug, episode] as const))(
    '%s produces valid files in every format',
    (_, episode) => {
      const fileText = readFileSync(episode.file, 'utf8');
      const body = episode.body.trim();
      const transcript = readEpisodeBody(body, { format: bodyFormat(episode.file), firstLine: bodyStartLine(fileText, body) });
      expect(transcript.problems).toEqual([]);
      expect(checkTimes(transcript, 3600)).toEqual([]);
      parseVtt(toWebVtt(transcript.paragraphs, 3600));
      expect(ajv.validate(transcriptSchema, toJsonTranscript(transcript.paragraphs, 3600)), ajv.errorsText()).toBe(true);
      const chapters = toJsonChapters(transcript.chapters, {
        title: 't',
        podcastName: 'p',
        pageUrl: 'https://example.org/',
        duration: 3600,
      });
      expect(ajv.validate(chaptersSchema, chapters), ajv.errorsText()).toBe(true);
    },
  );

  it('the long episode is fully timed, with speakers on every timed paragraph and several chapters', () => {
    const episode = readEpisodeFiles().find((file) => file.slug === '004-vertraust-du-deiner-it')!;
    const transcript = readEpisodeBody(episode.body);
    const spoken = transcript.paragraphs.slice(1);
    expect(spoken.length).toBeGreaterThan(100);
    expect(spoken.every((paragraph) => paragraph.start !== undefined && paragraph.speaker !== undefined)).toBe(true);
    expect(new Set(spoken.map((paragraph) => paragraph.speaker))).toEqual(new Set(['Oliver', 'Katrin']));
    expect(transcript.chapters.length).toBeGreaterThanOrEqual(6);
  });
});
