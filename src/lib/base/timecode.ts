/**
 * Time marks in episode text: `[02:15]` or `[00:02:15]`. Chapters and
 * transcript paragraphs use them; everything else works in seconds.
 */
export const TIME_MARK_SOURCE = String.raw`\[(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)\]`;

/** A time mark at the end of a heading: `## Zwist [00:02:15]`. */
export const TRAILING_TIME_MARK = new RegExp(String.raw`\s*${TIME_MARK_SOURCE}\s*$`);

/** A time mark opening a paragraph: `[00:02:40] **Oliver:** …`. */
export const LEADING_TIME_MARK = new RegExp(String.raw`^\s*${TIME_MARK_SOURCE}\s*`);

export function secondsFromMatch(match: RegExpExecArray): number {
  const [, hours = '0', minutes, seconds] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** Splits `Zwist zwischen IT und Fachbereich [00:02:15]` into its text and start time. */
export function splitHeadingTime(text: string): { text: string; start: number | undefined } {
  const match = TRAILING_TIME_MARK.exec(text);
  if (!match) return { text: text.trim(), start: undefined };
  return { text: text.slice(0, match.index).trim(), start: secondsFromMatch(match) };
}
