import { describe, expect, it } from 'vitest';
import { checkTimes } from '../../../src/lib/transcript/check-times';
import { readEpisodeBody } from '../../../src/lib/transcript/episode-body';

const problemsOf = (body: string, duration = 600) => checkTimes(readEpisodeBody(body), duration);

describe('times never go back and stay inside the audio', () => {
  it("accepts rising times, a chapter sharing its first paragraph's time and hours above zero", () => {
    expect(
      problemsOf('## Eins [00:00:05]\n\n[00:00:05] **Oliver:** a\n\n[00:01:00] b\n\n## Zwei [01:00:00]\n\n[01:00:01] c\n', 4000),
    ).toEqual([]);
  });

  it('accepts paragraphs starting in the same second, as transcripts rounded to seconds have them', () => {
    expect(
      problemsOf('## Eins [00:00:05]\n\n[00:00:05] **Oliver:** Ja?\n\n[00:00:05] **Katrin:** Ja.\n\n[00:00:05] **Oliver:** Gut.\n'),
    ).toEqual([]);
  });

  it('accepts an untimed transcript', () => {
    expect(problemsOf('## Transkript\n\nNur Text.\n\n## Ende\n\nMehr Text.\n')).toEqual([]);
  });

  it.each([
    [
      'a paragraph earlier than the one before',
      '[00:02:00] a\n\n[00:01:00] b\n',
      3,
      'time 00:01:00 comes after 00:02:00 (line 1); times must not go back through the file',
    ],
    [
      'a chapter earlier than the paragraph before it',
      '[00:02:00] a\n\n## Kapitel [00:01:30]\n',
      3,
      'time 00:01:30 comes after 00:02:00 (line 1)',
    ],
    ['a paragraph earlier than its chapter', '## Kapitel [00:03:00]\n\n[00:02:59] a\n', 3, 'comes after 00:03:00'],
    [
      'a paragraph going back after two in one second',
      '[00:01:00] a\n\n[00:01:00] b\n\n[00:00:59] c\n',
      5,
      'time 00:00:59 comes after 00:01:00 (line 3)',
    ],
    [
      'two chapters at the same time',
      '## A [00:01:00]\n\n## B [00:01:00]\n',
      3,
      'time 00:01:00 repeats 00:01:00 (line 1); each chapter needs a later time',
    ],
    ['a time beyond the audio', '[00:09:59] a\n\n[00:10:00] b\n', 3, 'time 00:10:00 is not inside the audio, which is 00:10:00 long'],
    ['a chapter beyond the audio', '## Zugabe [01:00:00]\n', 1, 'time 01:00:00 is not inside the audio'],
  ])('reports %s with its line and both times', (_, body, line, message) => {
    const problems = problemsOf(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(line);
    expect(problems[0]!.message).toContain(message);
  });

  it('reports every problem in one go, not just the first', () => {
    expect(problemsOf('[00:05:00] a\n\n[00:04:00] b\n\n[00:20:00] c\n')).toHaveLength(2);
  });
});
