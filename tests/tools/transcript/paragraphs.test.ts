import { describe, expect, it } from 'vitest';
import type { Cue } from '../../../tools/transcript/cues';
import { MAX_PARAGRAPH, paragraphsFromCues } from '../../../tools/transcript/paragraphs';

const cue = (start: number, text: string, speaker?: string, extra: Partial<Cue> = {}): Cue => ({
  start,
  end: undefined,
  speaker,
  text,
  line: Math.round(start) + 1,
  ...extra,
});

/** A monologue of `count` sentences of about 95 characters, one cue each, ten seconds apart. */
const monologue = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    cue(index * 10, `Satz ${index + 1} erklärt, warum man Backups üben muss, bevor der Ernstfall wirklich einmal eintritt.`, 'Oliver', {
      end: index * 10 + 10,
    }),
  );

describe('paragraphs per speaker turn', () => {
  it('joins cues while the speaker stays and starts anew where it changes or the file starts a paragraph', () => {
    const paragraphs = paragraphsFromCues([
      cue(1, 'Hallo', 'Oliver'),
      cue(2, 'und willkommen.', 'Oliver'),
      cue(4, 'Danke!', 'Katrin'),
      cue(6, 'Gern.', 'Oliver'),
      cue(7, 'Noch was.', 'Oliver', { breakBefore: true }),
      cue(8, '', 'Katrin'),
      cue(9, 'Ohne Namen.', undefined),
    ]);
    expect(paragraphs.map(({ start, speaker, text }) => [start, speaker, text])).toEqual([
      [1, 'Oliver', 'Hallo und willkommen.'],
      [4, 'Katrin', 'Danke!'],
      [6, 'Oliver', 'Gern.'],
      [7, 'Oliver', 'Noch was.'],
      [9, undefined, 'Ohne Namen.'],
    ]);
  });

  it('joins Japanese without spaces and everything else with one', () => {
    const [paragraph] = paragraphsFromCues([cue(1, '日本語の', 'A'), cue(2, 'テキストです。', 'A'), cue(3, 'OK', 'A')]);
    expect(paragraph!.text).toBe('日本語のテキストです。 OK');
  });

  it(`keeps a turn of up to ${MAX_PARAGRAPH} characters whole`, () => {
    expect(paragraphsFromCues(monologue(9))).toHaveLength(1);
  });

  it('splits a long monologue at sentence ends into parts of similar, readable length, each at the time its first word is said', () => {
    const paragraphs = paragraphsFromCues(monologue(30));
    expect(paragraphs.length).toBeGreaterThanOrEqual(4);
    for (const paragraph of paragraphs) {
      expect(paragraph.text.length).toBeLessThanOrEqual(MAX_PARAGRAPH);
      expect(paragraph.text).toMatch(/^Satz \d+ .*eintritt\.$/);
      expect(paragraph.start).toBe((Number(/^Satz (\d+)/.exec(paragraph.text)![1]) - 1) * 10);
    }
    expect(paragraphs.map((paragraph) => paragraph.text).join(' ')).toBe(
      monologue(30)
        .map((item) => item.text)
        .join(' '),
    );
  });

  it('never splits after an abbreviation, an initial or an ordinal, nor before a lowercase word', () => {
    const text =
      'Wir haben z. B. am 3. Oktober mit Dr. Weber und Prof. Klein bzw. den anderen gesprochen, ca. zwei Stunden lang. das war gut. '.repeat(
        12,
      );
    const paragraphs = paragraphsFromCues([cue(0, text.trim(), 'Oliver', { end: 600 })]);
    expect(paragraphs.length).toBeGreaterThan(1);
    for (const paragraph of paragraphs) expect(paragraph.text).toMatch(/^Wir haben z\. B\. am 3\. Oktober/);
  });

  it('shares the time of a cue out by length when a paragraph starts inside it', () => {
    const text = Array(13)
      .fill('Ein Satz mit neunundneunzig Zeichen, damit man die Zeit innerhalb des Hinweises leicht ausrechnet.')
      .join(' ');
    const paragraphs = paragraphsFromCues([cue(100, text, 'Oliver', { end: 230 })]);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]!.start).toBe(100);
    let offset = 0;
    paragraphs.slice(1).forEach((paragraph, index) => {
      offset += paragraphs[index]!.text.length + 1;
      expect(paragraph.start).toBeCloseTo(100 + (130 * offset) / text.length, 6);
    });
  });

  it('cuts a transcript without punctuation where its cues meet', () => {
    const cues = Array.from({ length: 20 }, (_, index) =>
      cue(index * 5, 'und dann haben wir einfach immer weiter geredet ohne jemals einen Punkt zu setzen', 'A'),
    );
    const paragraphs = paragraphsFromCues(cues);
    expect(paragraphs.length).toBeGreaterThan(1);
    for (const paragraph of paragraphs) expect(paragraph.start % 5).toBe(0);
  });
});

describe('speed', () => {
  it('a word-level file of a three-hour episode (100,000 words in one turn) converts in well under a second, not in minutes', () => {
    const words = 'und dann haben wir das Backup getestet, und es hat funktioniert. Wirklich gut.'.split(' ');
    const cues = Array.from({ length: 100_000 }, (_, index) =>
      cue(index * 0.1, words[index % words.length]!, undefined, { end: index * 0.1 + 0.09 }),
    );
    const started = performance.now();
    const paragraphs = paragraphsFromCues(cues);
    // Linear work takes about 0.2 s on a shared CI core; joining or searching anew for each word took 10 s and more.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(paragraphs.length).toBeGreaterThan(500);
  });
});
