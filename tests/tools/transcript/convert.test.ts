import { describe, expect, it } from 'vitest';
import { readEpisodeBody } from '../../../src/lib/transcript/episode-body';
import { convertTranscript, transcriptMarkdown, TranscriptFileError } from '../../../tools/transcript/convert';
import { arrayElementLines } from '../../../tools/transcript/json-source';
import { withoutRolledUpLines } from '../../../tools/transcript/captions';
import { looksLikeName, speakerPrefixes } from '../../../tools/transcript/speaker-labels';
import { cueText } from '../../../tools/transcript/text';

const markdownOf = (text: string, options: Parameters<typeof convertTranscript>[1] = {}) =>
  transcriptMarkdown(convertTranscript(text, options));

function problemOf(text: string, options: Parameters<typeof convertTranscript>[1] = {}): string {
  try {
    convertTranscript(text, { fileName: 'folge.txt', ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(TranscriptFileError);
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
}

describe('the format comes from the content, whatever the file is called', () => {
  it.each([
    ['WebVTT', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Oliver>Hallo.\n', 'webvtt'],
    ['SubRip', '1\n00:00:01,000 --> 00:00:02,000\nOliver: Hallo.\n', 'subrip'],
    ['SubRip without cue numbers', '00:00:01,000 --> 00:00:02,000\nHallo.\n', 'subrip'],
    [
      'Podcasting 2.0 JSON',
      '{"version":"1.0.0","segments":[{"speaker":"Oliver","startTime":1,"endTime":2,"body":"Hallo."}]}',
      'podcasting20-json',
    ],
    ['Whisper JSON', '{"text":" Hallo.","segments":[{"id":0,"start":1.0,"end":2.0,"text":" Hallo."}],"language":"de"}', 'whisper-json'],
    ['WhisperX JSON', '{"segments":[{"start":1.0,"end":2.0,"text":" Hallo.","speaker":"SPEAKER_00"}],"word_segments":[]}', 'whisperx-json'],
    [
      'whisper.cpp JSON',
      '{"result":{"language":"de"},"transcription":[{"timestamps":{"from":"00:00:01,000","to":"00:00:02,000"},"offsets":{"from":1000,"to":2000},"text":" Hallo."}]}',
      'whisper-cpp-json',
    ],
    ['an HTML transcript', '<cite>Oliver:</cite>\n<time>0:01</time>\n<p>Hallo.</p>\n', 'html'],
    ['an Otter export', 'Oliver Hartmann  0:01\nHallo.\n\nKatrin Albers  0:05\nHallo Oliver.\n', 'text-export'],
  ])('%s', (_, text, format) => {
    expect(convertTranscript(text, { fileName: 'transcript.txt' }).format).toBe(format);
  });

  it('refuses what is no transcript, naming the file and what it expected', () => {
    expect(problemOf('Liebe Hörer, hier ist unser Transkript.')).toMatch(/^folge\.txt: not a transcript this tool reads; expected WebVTT/);
  });
});

describe('cues become paragraphs per speaker turn', () => {
  it('joins the cues and line wraps of one speaker and starts a paragraph where the speaker changes', () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:04.000',
      '<v Oliver>Hallo und',
      'willkommen.',
      '',
      '00:00:04.000 --> 00:00:06.500',
      'Schön, dass ihr da seid.',
      '',
      '00:00:07.200 --> 00:00:09.000',
      '<v Katrin>Danke!',
      '',
    ].join('\n');
    expect(markdownOf(vtt)).toBe(
      '[00:00:01] **Oliver:** Hallo und willkommen. Schön, dass ihr da seid.\n\n[00:00:07] **Katrin:** Danke!\n',
    );
  });
});

describe('a malformed file names the line and what is expected, and converts nothing', () => {
  it.each([
    [
      'a time that is no time',
      '1\n00:00:61,000 --> 00:01:02,000\nHallo.\n',
      'folge.txt:2: "00:00:61,000" is not a time; minutes and seconds go up to 59',
    ],
    [
      'an end before the start',
      '1\n00:00:05,000 --> 00:00:04,000\nHallo.\n',
      'folge.txt:2: the cue ends at 00:00:04.000, before it starts at 00:00:05.000',
    ],
    [
      'cues out of order',
      'WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nZwei.\n\n00:00:01.000 --> 00:00:02.000\nEins.\n',
      'folge.txt:6: the cue starts at 00:00:01.000, before the cue on line 3 (00:00:05.000); expected cues in time order',
    ],
    [
      'a broken JSON segment',
      '{"segments": [{"startTime": 1, "body": "a"},\n {"startTime": "x", "body": "b"}]}',
      'folge.txt:2: segments[1].startTime: expected seconds as a number, found "x"',
    ],
  ])('%s', (_, text, message) => {
    expect(problemOf(text)).toContain(message);
  });

  it('a cue after the end of the audio', () => {
    expect(problemOf('WEBVTT\n\n01:10:00.000 --> 01:10:02.000\nZugabe.\n', { duration: 3492 })).toBe(
      'folge.txt:3: the cue starts at 01:10:00.000, after the end of the audio (00:58:12.000); is this the transcript of another episode?',
    );
  });
});

describe('text stays exactly what was said, and stays text in Markdown and MDX', () => {
  const escapeVtt = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  it.each([
    ['markup', 'Oliver', 'Hier steht <script>alert(1)</script> und <b>fett</b>.'],
    ['Markdown syntax', 'Oliver', '*Stern* _Strich_ **fett** `Code` [Link](https://example.com) ![Bild](x.png) ~~weg~~'],
    ['a time mark at the start', 'Katrin', '[00:61:00] ist keine Zeit, [12:34] auch nicht.'],
    ['line-start syntax', 'Katrin', '# Überschrift - Liste + Plus 1. Nummer > Zitat'],
    ['MDX expressions and entities', 'Katrin', '{alert(1)} &amp; &copy; &#x1F600; \\ Backslash | Pipe'],
    ['quotes and apostrophes', 'Katrin', '"Anführung" \'einfach\' „deutsch“ «französisch» O’Brien'],
    ['emoji and other scripts', 'Katrin', '🧑🏽‍💻 日本語のテキスト، مرحبا, Привет, שלום'],
    ['a hostile speaker name', '<img src=x onerror=alert(1)> *Fett* [x](y)', 'Hallo.'],
    ['a speaker named like a prototype property', 'constructor', 'Hallo.'],
  ])('%s', (_, speaker, text) => {
    const vtt = `WEBVTT\n\n00:00:05.000 --> 00:00:09.000\n<v ${escapeVtt(speaker)}>${escapeVtt(text)}\n`;
    const markdown = markdownOf(vtt);
    for (const format of ['md', 'mdx'] as const) {
      const [paragraph] = readEpisodeBody(markdown, { format }).paragraphs;
      expect(paragraph, format).toEqual({ start: 5, speaker, text, line: 1 });
    }
  });
});

describe('cue text', () => {
  it.each([
    ['webvtt', '<v Oliver>Hallo <c.gelb>du</c>\n<i>da</i> &amp; <00:00:01.500>dort&nbsp;!', 'Hallo du da & dort\u00a0!'],
    ['webvtt', 'Tom &amp Jerry, AT&T, &bogus; &lt;3', 'Tom &amp Jerry, AT&T, &bogus; <3'],
    ['subrip', '{\\an8}<i>Kursiv</i> <font color="red">rot</font>\nund a <b c', 'Kursiv rot und a <b c'],
    ['subrip', 'x < y > z & &amp;', 'x < y > z & &'],
    ['none', '  viel   Raum\tund\u0007Steuerzeichen\u0000 ', 'viel Raum undSteuerzeichen'],
    ['none', '日本語の\nテキスト', '日本語のテキスト'],
    ['none', 'ein\nWort', 'ein Wort'],
  ] as const)('%s: %j', (markup, payload, text) => {
    expect(cueText(payload, markup)).toBe(text);
  });
});

describe('speaker labels', () => {
  it.each([
    ['Oliver', true],
    ['Dr. Katrin Albers', true],
    ["O'Brien", true],
    ['SPEAKER_00', true],
    ['Sprecher 2', true],
    ['Ангелина Иванова', true],
    ['山田太郎', true],
    ['10', false],
    ['Wenn die IT sagt', true],
    ['Wenn die IT nun sagt', false],
    ['Das ist ein viel zu langer Satz', false],
    ['Ende.', false],
    ['', false],
    ['<b>', false],
  ])('%j looks like a name: %s', (label, expected) => {
    expect(looksLikeName(label)).toBe(expected);
  });

  it('a word before a colon counts as a speaker when it opens two lines or is known', () => {
    const prefixes = speakerPrefixes(['Oliver: Hallo.', 'Katrin: Hallo.', 'Oliver: Die Frage: was tun?', 'Erstens: üben.'], ['Katrin']);
    expect(prefixes.split('Oliver: Die Frage: was tun?')).toEqual({ speaker: 'Oliver', text: 'Die Frage: was tun?' });
    expect(prefixes.split('Katrin: Hallo.')).toEqual({ speaker: 'Katrin', text: 'Hallo.' });
    expect(prefixes.split('Erstens: üben.')).toBeUndefined();
    expect(prefixes.unconfirmed('Erstens: üben.')).toBe('Erstens');
    expect(prefixes.split('Um 10:30 Uhr')).toBeUndefined();
  });
});

describe('the lines of JSON segments', () => {
  it('finds where each element of the array starts, whatever the layout', () => {
    const text =
      '{\n  "text": "segments: [not this]",\n  "segments": [\n    {"start": 1, "text": "a,b"},\n    {\n      "start": 2, "words": [{"w": 1}, {"w": 2}]\n    }, {"start": 3}\n  ],\n  "other": [1, 2]\n}';
    expect(arrayElementLines(text, 'segments')).toEqual([4, 5, 7]);
    expect(arrayElementLines('{"segments":[]}', 'segments')).toEqual([]);
    expect(arrayElementLines('{"a\\"b":{"segments":[1]},"segments":[{},\n{}]}', 'segments')).toEqual([1, 2]);
  });
});

describe('roll-up captions keep each line once', () => {
  const rolling = [['herzlich willkommen'], ['herzlich willkommen', 'heute geht es'], ['heute geht es'], ['heute geht es', 'um Backups']];
  it.each([
    ['a line moved up is said once', rolling, [['herzlich willkommen'], ['heute geht es'], [], ['um Backups']]],
    [
      'a line said twice in a roll-up file stays twice when it is new',
      [['ja'], ['ja', 'ja'], ['ja'], ['ja', 'genau']],
      [['ja'], ['ja'], [], ['genau']],
    ],
    [
      'pop-on captions that repeat a line now and then are left as they are',
      [['Ja.'], ['Ja.'], ['Gut.'], ['Wirklich?'], ['Ja.'], ['Nein.'], ['Doch.'], ['Ok.']],
      undefined,
    ],
    ['two cues are too few to tell', [['Ja.'], ['Ja.']], undefined],
    ['empty lines do not count as repeated', [['a', ''], ['', 'b'], ['c'], ['d']], undefined],
  ])('%s', (_, cues: string[][], expected: string[][] | undefined) => {
    expect(withoutRolledUpLines(cues)).toEqual(expected ?? cues);
  });
});
