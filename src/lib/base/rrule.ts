/**
 * Checks a recurrence rule (RFC 5545, 3.3.10) as `podcast:updateFrequency`
 * writes it. By hand because the `rrule` package's parser accepts FREQ=FOO and
 * COUNT=x and refuses the ISO 8601 UNTIL the namespace's own examples use.
 * @see https://www.rfc-editor.org/rfc/rfc5545#section-3.3.10
 * @see https://podcasting2.org/docs/podcast-namespace/tags/update-frequency
 */

const FREQUENCIES = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const WEEKDAY = '(?:MO|TU|WE|TH|FR|SA|SU)';

/** A comma list of whole numbers, each (with its sign) inside `min`…`max`, never 0 unless `min` is 0. */
function numberList(min: number, max: number, signed: boolean) {
  return (value: string) =>
    value.split(',').every((part) => {
      if (!(signed ? /^[+-]?\d{1,3}$/ : /^\d{1,3}$/).test(part)) return false;
      const magnitude = Math.abs(Number(part));
      return magnitude >= min && magnitude <= max && (min === 0 || magnitude !== 0);
    });
}

/** A date as RFC 5545 (`20231231`, `20231231T000000Z`) or ISO 8601 (`2023-12-31`, `2023-12-31T00:00:00.000Z`) writes it. */
const DATE_FORMS = {
  date: /^(?:\d{8}|\d{4}-\d{2}-\d{2})$/,
  dateTime: /^(?:\d{8}T\d{6}Z?|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)$/,
};

/** `date`, `date-time`, or `undefined` when the text is neither. */
export function dateForm(value: string): 'date' | 'date-time' | undefined {
  if (DATE_FORMS.date.test(value)) return 'date';
  if (DATE_FORMS.dateTime.test(value)) return 'date-time';
  return undefined;
}

const PARTS: Record<string, (value: string) => boolean> = {
  FREQ: (value) => FREQUENCIES.includes(value),
  UNTIL: (value) => dateForm(value) !== undefined,
  COUNT: (value) => /^[1-9]\d*$/.test(value),
  INTERVAL: (value) => /^[1-9]\d*$/.test(value),
  BYSECOND: numberList(0, 60, false),
  BYMINUTE: numberList(0, 59, false),
  BYHOUR: numberList(0, 23, false),
  BYDAY: (value) => value.split(',').every((day) => new RegExp(`^(?:[+-]?(?:[1-9]|[1-4]\\d|5[0-3]))?${WEEKDAY}$`).test(day)),
  BYMONTHDAY: numberList(1, 31, true),
  BYYEARDAY: numberList(1, 366, true),
  BYWEEKNO: numberList(1, 53, true),
  BYMONTH: numberList(1, 12, false),
  BYSETPOS: numberList(1, 366, true),
  WKST: (value) => new RegExp(`^${WEEKDAY}$`).test(value),
};

/** What is wrong with the rule (and its start), or `undefined` when apps can read it. */
export function recurrenceProblem(rule: string, dtstart?: string): string | undefined {
  const seen = new Map<string, string>();
  for (const part of rule.split(';')) {
    const match = /^([A-Z]+)=(.+)$/.exec(part);
    if (!match) return `"${part}" is not NAME=VALUE, like FREQ=WEEKLY;INTERVAL=2`;
    const [, name, value] = match as unknown as [string, string, string];
    const valid = PARTS[name];
    if (!valid) return `${name} is not part of a recurrence rule; expected ${Object.keys(PARTS).join(', ')}`;
    if (seen.has(name)) return `${name} is given twice`;
    if (!valid(value))
      return `${name}=${value} is not a valid value${name === 'FREQ' ? ` (expected one of ${FREQUENCIES.join(', ')})` : ''}`;
    seen.set(name, value);
  }
  if (!seen.has('FREQ')) return 'FREQ is missing; a rule starts like FREQ=WEEKLY';
  if (seen.has('UNTIL') && seen.has('COUNT')) return 'UNTIL and COUNT exclude each other; give one of them';
  if (seen.has('COUNT') && dtstart === undefined) return 'COUNT needs a start: set dtstart';
  const until = seen.get('UNTIL');
  if (until && dtstart !== undefined && dateForm(until) !== dateForm(dtstart))
    return `UNTIL=${until} and dtstart ${dtstart} must both be dates or both be dates with a time`;
  return undefined;
}
