import { describe, expect, it } from 'vitest';
import { decodeSourceText } from '../../../tools/transcript/source-text';
import { parseSpeakerNames, personNamed, SpeakerOptionError, type EpisodePerson } from '../../../tools/transcript/speakers';

const people: EpisodePerson[] = [
  { name: 'Oliver Hartmann', role: 'host' },
  { name: 'Katrin Albers', role: 'guest' },
  { name: 'Katrin Brandt', role: 'guest' },
  { name: 'Ángel Núñez', role: 'guest' },
];

describe('--speakers', () => {
  it.each([
    [
      ['SPEAKER_00=Oliver,SPEAKER_01=Katrin Albers'],
      [
        ['SPEAKER_00', 'Oliver'],
        ['SPEAKER_01', 'Katrin Albers'],
      ],
    ],
    [
      ['SPEAKER_00 = Oliver', 'SPEAKER_01=  Katrin   Albers ,'],
      [
        ['SPEAKER_00', 'Oliver'],
        ['SPEAKER_01', 'Katrin Albers'],
      ],
    ],
    [['0=Oliver', '0=Oliver'], [['0', 'Oliver']]],
    [['Speaker 3=Gast=Name'], [['Speaker 3', 'Gast=Name']]],
    [['__proto__=Oliver'], [['__proto__', 'Oliver']]],
  ])('%j', (values, pairs) => {
    expect([...parseSpeakerNames(values)]).toEqual(pairs);
  });

  it.each([['SPEAKER_00'], ['=Oliver'], ['SPEAKER_00='], ['A=Oliver,A=Katrin']])('refuses %j', (value) => {
    expect(() => parseSpeakerNames([value])).toThrow(SpeakerOptionError);
  });
});

describe('who a name means', () => {
  it.each([
    ['Oliver Hartmann', 'Oliver Hartmann'],
    ['oliver', 'Oliver Hartmann'],
    ['Hartmann', 'Oliver Hartmann'],
    ['  Katrin   Albers ', 'Katrin Albers'],
    ['Katrin', undefined],
    ['Ángel', 'Ángel Núñez'],
    ['SPEAKER_00', undefined],
    ['', undefined],
  ])('%j is %s', (name, expected) => {
    expect(personNamed(name, people)?.name).toBe(expected);
  });
});

describe('transcript files as text', () => {
  const text = 'WEBVTT\n\nGrüße, Ærø, 日本';
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8', false],
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8', false],
    ['UTF-16LE with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le', false],
    ['UTF-16LE without one', Buffer.from(text, 'utf16le'), 'utf-16le', false],
    [
      'UTF-16BE with a byte order mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      'utf-16be',
      false,
    ],
  ])('%s', (_, bytes, encoding, warned) => {
    const decoded = decodeSourceText(bytes);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warning !== undefined).toBe(warned);
  });

  it('Windows-1252 keeps its umlauts, quotes, dashes and euro signs, with a warning', () => {
    const bytes = Buffer.concat([
      Buffer.from('Grüße ', 'latin1'),
      Buffer.from([0x84]),
      Buffer.from('aus', 'latin1'),
      Buffer.from([0x93, 0x20, 0x96, 0x20, 0x80]),
    ]);
    const decoded = decodeSourceText(bytes);
    expect(decoded.text).toBe('Grüße „aus“ – €');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warning).toContain('Windows-1252');
  });
});
