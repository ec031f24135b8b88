/**
 * Publication dates. Podcasters write local German dates; a date without a zone
 * means Europe/Berlin, so an episode dated 2019-03-14 is out on that day in Germany.
 */
export const SITE_TIME_ZONE = 'Europe/Berlin';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * Building an Intl.DateTimeFormat costs about a millisecond, formatting with one a
 * microsecond; pages format thousands of dates, so each formatter is built once.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (Berlin: 60 or 120). */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = formatter('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant.getTime()) / 60000);
}

/** The instant at which the Berlin wall clock shows the given local time. */
export function fromBerlinWallClock(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = guess - zoneOffsetMinutes(new Date(guess), SITE_TIME_ZONE) * 60000;
  const settled = guess - zoneOffsetMinutes(new Date(first), SITE_TIME_ZONE) * 60000;
  return new Date(settled);
}

function isRealCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads a frontmatter date. YAML turns an unquoted `2019-03-14` into midnight UTC;
 * such a value is taken as the Berlin calendar day it names.
 */
export function parsePublished(value: Date | string): Date | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const isBareDate =
      value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
    return isBareDate ? fromBerlinWallClock(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) : value;
  }
  const text = value.trim();
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const [year, month, day] = dateOnly.slice(1).map(Number) as [number, number, number];
    return isRealCalendarDate(year, month, day) ? fromBerlinWallClock(year, month, day) : undefined;
  }
  const local = LOCAL_DATE_TIME.exec(text);
  if (local) {
    const [year, month, day, hour, minute, second = 0] = local.slice(1).map((part) => Number(part ?? 0)) as number[];
    if (!isRealCalendarDate(year!, month!, day!) || hour! > 23 || minute! > 59 || second > 59) return undefined;
    return fromBerlinWallClock(year!, month!, day!, hour, minute, second);
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(text)) return undefined;
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/** "14. März 2019" in the site's language, on the Berlin calendar. */
export function formatLongDate(date: Date, locale: string): string {
  return formatter(locale, { timeZone: SITE_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** `2019-03-14`: the Berlin calendar day, for `<time datetime>` and file names. */
export function berlinDay(date: Date): string {
  return formatter('en-CA', { timeZone: SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

export function berlinYear(date: Date): number {
  return Number(berlinDay(date).slice(0, 4));
}
