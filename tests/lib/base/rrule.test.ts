import { describe, expect, it } from 'vitest';
import { dateForm, recurrenceProblem } from '../../../src/lib/base/rrule';

describe('recurrence rules for podcast:updateFrequency', () => {
  it.each([
    ['FREQ=DAILY'],
    ['FREQ=WEEKLY;INTERVAL=2'],
    ['FREQ=DAILY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR'],
    ['FREQ=WEEKLY;BYDAY=FR;BYMONTHDAY=13'],
    ['FREQ=YEARLY;BYDAY=+4TH;BYMONTH=11'],
    ['FREQ=MONTHLY;BYDAY=-1FR'],
    ['FREQ=WEEKLY;UNTIL=2023-12-31T00:00:00.000Z;BYDAY=MO'],
    ['FREQ=WEEKLY;UNTIL=20231231T000000Z'],
    ['FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR;WKST=MO'],
  ])('accepts %s', (rule) => {
    expect(recurrenceProblem(rule)).toBeUndefined();
  });

  it.each([
    ['', '"" is not NAME=VALUE'],
    ['INTERVAL=2', 'FREQ is missing'],
    ['FREQ=FORTNIGHTLY', 'FREQ=FORTNIGHTLY is not a valid value (expected one of SECONDLY'],
    ['freq=weekly', '"freq=weekly" is not NAME=VALUE'],
    ['FREQ=WEEKLY;FREQ=DAILY', 'FREQ is given twice'],
    ['FREQ=WEEKLY;COUNT=x', 'COUNT=x is not a valid value'],
    ['FREQ=WEEKLY;INTERVAL=0', 'INTERVAL=0 is not a valid value'],
    ['FREQ=WEEKLY;BYDAY=MONDAY', 'BYDAY=MONDAY is not a valid value'],
    ['FREQ=MONTHLY;BYMONTHDAY=0', 'BYMONTHDAY=0 is not a valid value'],
    ['FREQ=YEARLY;BYMONTH=13', 'BYMONTH=13 is not a valid value'],
    ['FREQ=WEEKLY;UNTIL=morgen', 'UNTIL=morgen is not a valid value'],
    ['FREQ=WEEKLY;<script>=1', '"<script>=1" is not NAME=VALUE'],
    ['FREQ=WEEKLY;X-NAME=1', '"X-NAME=1" is not NAME=VALUE'],
    ['FREQ=WEEKLY;BYEASTER=1', 'BYEASTER is not part of a recurrence rule'],
    ['FREQ=WEEKLY;COUNT=3;UNTIL=20231231', 'UNTIL and COUNT exclude each other'],
    ['FREQ=WEEKLY;COUNT=10', 'COUNT needs a start: set dtstart'],
  ])('refuses %j: %s', (rule, message) => {
    expect(recurrenceProblem(rule)).toContain(message);
  });

  it('asks UNTIL and dtstart to be written alike, and accepts COUNT with a start', () => {
    expect(recurrenceProblem('FREQ=WEEKLY;COUNT=10', '2023-08-28T00:00:00.000Z')).toBeUndefined();
    expect(recurrenceProblem('FREQ=WEEKLY;UNTIL=2023-12-31', '2023-08-28')).toBeUndefined();
    expect(recurrenceProblem('FREQ=WEEKLY;UNTIL=2023-12-31', '2023-08-28T06:00:00Z')).toContain('must both be dates');
  });

  it.each([
    ['2024-01-08', 'date'],
    ['20240108', 'date'],
    ['2024-01-08T06:00:00Z', 'date-time'],
    ['2024-01-08T06:00:00.000+01:00', 'date-time'],
    ['2024-01-08T06:00', 'date-time'],
    ['8.1.2024', undefined],
    ['', undefined],
    ['2024-01-08 06:00', undefined],
  ])('reads %j as %s', (value, form) => {
    expect(dateForm(value)).toBe(form);
  });
});
