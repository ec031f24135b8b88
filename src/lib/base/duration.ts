/**
 * Durations in frontmatter and feeds come as whole seconds (`1834`) or as clock
 * text (`30:34`, `0:30:34`, `00:30:34.5`). Everything inside the site works in seconds.
 */
const CLOCK = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)(?:[.,](\d+))?$/;

/** Seconds for a duration, or `undefined` when the text is not a duration. */
export function parseDuration(value: number | string): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const text = value.trim();
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  const [, hours = '0', minutes, seconds, fraction] = match;
  const whole = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  return fraction ? whole + Number(`0.${fraction}`) : whole;
}

/** `hh:mm:ss`, or `mm:ss` under an hour: how listeners read a time code. */
export function formatClock(totalSeconds: number, { alwaysHours = false } = {}): string {
  const whole = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 || alwaysHours ? `${String(hours).padStart(2, '0')}:${mmss}` : mmss;
}

/** ISO 8601 duration (`PT30M34S`) for schema.org and `<time datetime>`. */
export function isoDuration(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || whole === 0 ? `${seconds}S` : ''}`;
}

/** Seconds for an `isoDuration` text (`PT1H2M3S`), or `undefined` for anything else. */
export function parseIsoDuration(text: string): number | undefined {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(text);
  if (!match || text === 'PT') return undefined;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}
