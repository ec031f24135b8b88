import { describe, expect, it } from 'vitest';
import { checkChapters, readChapterFile } from '../../../tools/transcript/chapter-files';
import { SourceProblems } from '../../../tools/transcript/cues';

const problems = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceProblems) return error.problems;
    throw error;
  }
  return [];
};

describe('chapters files', () => {
  it.each([
    [
      'Podcasting 2.0 JSON chapters, leaving out chapters hidden from the table of contents',
      '{"version":"1.2.0","chapters":[{"startTime":0,"title":"Intro"},{"startTime":12.5,"title":" Zwei\\n Zeilen "},{"startTime":20,"toc":false,"title":"Bild"}]}',
      'podcasting20-chapters',
      [
        { start: 0, title: 'Intro', line: 1 },
        { start: 12.5, title: 'Zwei Zeilen', line: 1 },
      ],
    ],
    [
      'Podlove Simple Chapters with any prefix',
      '<?xml version="1.0"?>\n<sc:chapters xmlns:sc="http://podlove.org/simple-chapters">\n<sc:chapter start="00:00:00.000" title="Intro"/>\n<sc:chapter start="01:02:03.5" title="&lt;b&gt; &amp; Co"/>\n</sc:chapters>',
      'podlove-simple-chapters',
      [
        { start: 0, title: 'Intro', line: 3 },
        { start: 3723.5, title: '<b> & Co', line: 4 },
      ],
    ],
    [
      'WebVTT chapters',
      'WEBVTT\n\n00:00:00.000 --> 00:01:00.000\nIntro\n\n00:01:00.000 --> 00:02:00.000\nHauptteil &amp; Fragen\n',
      'webvtt-chapters',
      [
        { start: 0, title: 'Intro', line: 3 },
        { start: 60, title: 'Hauptteil & Fragen', line: 6 },
      ],
    ],
    [
      'a list of times and titles as in show notes',
      '# Kapitel\n0:00 Intro\n[12:30] - Hauptteil\n(1:02:03) Fragen: und Antworten\n\n01:10:00.250 | Ende\n',
      'chapter-list',
      [
        { start: 0, title: 'Intro', line: 2 },
        { start: 750, title: 'Hauptteil', line: 3 },
        { start: 3723, title: 'Fragen: und Antworten', line: 4 },
        { start: 4200.25, title: 'Ende', line: 6 },
      ],
    ],
  ])('%s', (_, text, format, chapters) => {
    const read = readChapterFile(text);
    expect(read.format).toBe(format);
    expect(read.chapters).toEqual(chapters);
  });

  it.each([
    [
      'JSON that is no chapters file',
      '{"segments":[]}',
      [{ line: 1, message: 'expected Podcasting 2.0 JSON chapters: an object with a "chapters" list' }],
    ],
    [
      'a start that is no number',
      '{"chapters":[{"startTime":0,"title":"A"},\n{"startTime":"1:00","title":"B"}]}',
      [{ line: 2, message: 'chapters[1].startTime: expected seconds as a number, found "1:00"' }],
    ],
    [
      'broken XML',
      '<psc:chapters>\n<psc:chapter start="00:00:00" title="A">\n</psc:chapters>',
      [{ line: 3, message: expect.stringContaining('not valid XML') }],
    ],
    [
      'a Podlove start that is no time',
      '<psc:chapters>\n<psc:chapter start="gleich" title="A"/>\n</psc:chapters>',
      [{ line: 2, message: 'start="gleich" is not a time; expected hh:mm:ss or hh:mm:ss.mmm' }],
    ],
    [
      'a list line without a time',
      '00:00 Intro\nHauptteil\n',
      [{ line: 2, message: 'expected a chapter like "00:12:30 Title", found "Hauptteil"' }],
    ],
    ['a time without a title', '00:00 Intro\n00:10\n', [{ line: 2, message: 'the chapter at 00:10 has no title; expected "00:10 Title"' }]],
    ['nothing at all', '\n\n', [{ line: undefined, message: 'no chapters found in this chapter list file' }]],
  ])('%s names the line and what is expected', (_, text, expected) => {
    expect(problems(() => readChapterFile(text))).toEqual(expected);
  });

  it('untitled JSON chapters are left out with a warning', () => {
    const read = readChapterFile('{"chapters":[{"startTime":0,"title":"A"},{"startTime":5,"img":"x.jpg"}]}');
    expect(read.chapters).toHaveLength(1);
    expect(read.warnings).toEqual(['chapter 2 at 00:00:05 has no title and was left out']);
  });

  it('every problem with the order of chapters is listed at once', () => {
    const chapters = [
      { start: 10, title: 'A', line: 1 },
      { start: 10.9, title: 'B', line: 2 },
      { start: 5, title: 'C', line: 3 },
      { start: 400, title: 'D', line: 4 },
    ];
    expect(problems(() => checkChapters(chapters, 300)).map((problem) => problem.line)).toEqual([2, 3, 4]);
  });
});
