import { describe, expect, it } from 'vitest';
import { formatClock, isoDuration, parseDuration, parseIsoDuration } from '../../../src/lib/base/duration';

describe('parseDuration reads every way podcasters and hosts write a length', () => {
  it.each([
    [1834, 1834],
    ['1834', 1834],
    ['30:34', 1834],
    ['0:30:34', 1834],
    ['00:30:34', 1834],
    ['1:02:03', 3723],
    ['12:00:00', 43200],
    ['00:30:34.5', 1834.5],
    ['90.5', 90.5],
    [' 45 ', 45],
  ])('%j is %d seconds', (input, seconds) => {
    expect(parseDuration(input)).toBe(seconds);
  });

  it.each([['abc'], [''], ['30:99'], ['1:75:00'], ['-5'], [-5], [Number.NaN], [Number.POSITIVE_INFINITY], ['12:'], [':30'], ['1.2.3']])(
    '%j is not a duration',
    (input) => {
      expect(parseDuration(input)).toBeUndefined();
    },
  );
});

describe('formatClock writes times the way listeners read them', () => {
  it.each([
    [0, '00:00'],
    [59.9, '00:59'],
    [135, '02:15'],
    [3723, '01:02:03'],
    [-3, '00:00'],
  ])('%d s is %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });

  it('can always show hours, as time marks in transcripts do', () => {
    expect(formatClock(160, { alwaysHours: true })).toBe('00:02:40');
  });
});

describe('isoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [45, 'PT45S'],
    [1834, 'PT30M34S'],
    [3600, 'PT1H'],
    [3723, 'PT1H2M3S'],
  ])('%d s is %s', (seconds, iso) => {
    expect(isoDuration(seconds)).toBe(iso);
  });
});

describe('parseIsoDuration reads back what isoDuration wrote', () => {
  it.each([[0], [59], [1865], [3723], [43200]])('%d seconds survive the round trip', (seconds) => {
    expect(parseIsoDuration(isoDuration(seconds))).toBe(seconds);
  });

  it.each([['PT'], [''], ['31 Min.'], ['P1D'], ['PT5S '], ['pt5s'], ['PT-5S'], ['PT1.5S']])(
    '%j is not an ISO duration it writes',
    (text) => {
      expect(parseIsoDuration(text)).toBeUndefined();
    },
  );
});
