import { describe, expect, it } from 'vitest';
import { berlinDay, berlinYear, formatLongDate, fromBerlinWallClock, parsePublished } from '../../../src/lib/base/dates';

describe('parsePublished reads frontmatter dates in Berlin time unless a zone is given', () => {
  it.each([
    ['2019-03-14', '2019-03-13T23:00:00.000Z'],
    ['2019-07-14', '2019-07-13T22:00:00.000Z'],
    ['2019-03-14T07:30', '2019-03-14T06:30:00.000Z'],
    ['2019-07-14 07:30:15', '2019-07-14T05:30:15.000Z'],
    ['2019-03-14T07:30:00+01:00', '2019-03-14T06:30:00.000Z'],
    ['2019-03-14T07:30:00Z', '2019-03-14T07:30:00.000Z'],
  ])('%j is %s', (text, iso) => {
    expect(parsePublished(text)?.toISOString()).toBe(iso);
  });

  it('resolves the hour that happens twice when clocks go back to one of its two instants', () => {
    expect(['2024-10-27T00:30:00.000Z', '2024-10-27T01:30:00.000Z']).toContain(parsePublished('2024-10-27T02:30')?.toISOString());
  });

  it('takes an unquoted YAML date (midnight UTC) as that day in Berlin', () => {
    expect(parsePublished(new Date('2019-03-14T00:00:00Z'))?.toISOString()).toBe('2019-03-13T23:00:00.000Z');
  });

  it('keeps a YAML timestamp with a time as the instant it names', () => {
    expect(parsePublished(new Date('2019-03-14T07:30:00Z'))?.toISOString()).toBe('2019-03-14T07:30:00.000Z');
  });

  it.each([['nächsten Dienstag'], ['2019-02-30'], ['2019-13-01'], ['14.03.2019'], ['2019-03-14T25:00'], [''], ['2019-03-14T07:30:00+5']])(
    '%j is not a date',
    (text) => {
      expect(parsePublished(text)).toBeUndefined();
    },
  );

  it('rejects an invalid Date object', () => {
    expect(parsePublished(new Date('nope'))).toBeUndefined();
  });
});

describe('Berlin calendar helpers', () => {
  it('finds the instant for a Berlin wall-clock time in winter and summer', () => {
    expect(fromBerlinWallClock(2025, 1, 1).toISOString()).toBe('2024-12-31T23:00:00.000Z');
    expect(fromBerlinWallClock(2025, 6, 1, 12).toISOString()).toBe('2025-06-01T10:00:00.000Z');
  });

  it('names the Berlin day, even late in the UTC evening', () => {
    const lateUtc = new Date('2024-12-31T23:30:00Z');
    expect(berlinDay(lateUtc)).toBe('2025-01-01');
    expect(berlinYear(lateUtc)).toBe(2025);
  });

  it('writes long dates in German and English', () => {
    const date = parsePublished('2019-03-14')!;
    expect(formatLongDate(date, 'de-DE')).toBe('14. März 2019');
    expect(formatLongDate(date, 'en-GB')).toBe('14 March 2019');
  });
});
