import { parseDuration } from './base/duration';

/**
 * Pure decisions of the episode player (src/browser/player.ts), kept here so
 * they are tested without a browser.
 */

/** Playback rates the speed button cycles through. */
export const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

export const nextSpeed = (current: number): number => SPEEDS.find((speed) => speed > current + 0.001) ?? SPEEDS[0];

/**
 * The start time a link asks for: `#t=754` (what "link to this moment" copies)
 * or `?t=754` (what search results use, next to a `#heading` anchor), also as
 * `12:34` or `1:02:03`. The fragment wins over the query.
 * @see https://www.w3.org/TR/media-frags/#naming-time (the `t=` convention)
 */
export function startTimeFromUrl(hash: string, search: string): number | undefined {
  for (const part of [hash.replace(/^#/, ''), search.replace(/^\?/, '')]) {
    const value = new URLSearchParams(part).get('t');
    if (value === null || value === '') continue;
    const seconds = parseDuration(value);
    if (seconds !== undefined) return seconds;
  }
  return undefined;
}

/** Index of the last item that has started at `time` (starts ascending), or -1 before the first. */
export function activeIndex(starts: readonly number[], time: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= time) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Grace period in which "previous chapter" goes back one chapter instead of to the current chapter's start, as music players do. */
const RESTART_GRACE = 3;

/** Where chapter skip lands, or undefined when there is no chapter in that direction. */
export function chapterTarget(starts: readonly number[], time: number, direction: 'previous' | 'next'): number | undefined {
  const current = activeIndex(starts, time);
  if (direction === 'next') return starts[current + 1];
  if (current < 0) return undefined;
  return time - starts[current]! > RESTART_GRACE ? starts[current] : (starts[current - 1] ?? starts[current]);
}

/** The shareable address of a moment: the episode page with `#t=` in whole seconds. */
export function momentUrl(pageUrl: string, seconds: number): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = `t=${Math.max(0, Math.floor(seconds))}`;
  return url.href;
}

/** Too close to either end to be worth offering to resume. */
const RESUME_MARGIN = 10;

/** A stored position worth offering to resume at, or undefined. `duration` may be unknown (NaN) before the audio loads. */
export function resumePosition(stored: string | null, duration: number): number | undefined {
  const seconds = Number(stored);
  if (stored === null || !Number.isFinite(seconds) || seconds < RESUME_MARGIN) return undefined;
  if (Number.isFinite(duration) && seconds > duration - RESUME_MARGIN) return undefined;
  return Math.floor(seconds);
}

/**
 * The spoken paragraph at `time`: the last one that has started, unless a
 * chapter has begun since, whose opening words are then the place (a chapter
 * heading may start a moment before its first paragraph's time mark).
 */
export function paragraphAt(paragraphStarts: readonly number[], chapterStarts: readonly number[], time: number): number {
  const index = activeIndex(paragraphStarts, time);
  const chapter = activeIndex(chapterStarts, time);
  if (chapter < 0) return index;
  const chapterStart = chapterStarts[chapter]!;
  if (index >= 0 && paragraphStarts[index]! >= chapterStart) return index;
  const first = paragraphStarts.findIndex((start) => start >= chapterStart);
  const next = chapterStarts[chapter + 1] ?? Number.POSITIVE_INFINITY;
  return first >= 0 && paragraphStarts[first]! < next ? first : index;
}

/** Where the player stands before the listener presses play, and why. */
export interface StartingPoint {
  seconds: number;
  /** `link`: a `#t=`/`?t=` address asked for it; `resume`: where the listener stopped last time. */
  from: 'link' | 'resume' | 'start';
}

/** A linked moment wins over the stored position; both stay inside the episode. */
export function startingPoint(linked: number | undefined, stored: string | null, duration: number): StartingPoint {
  if (linked !== undefined) {
    const end = Number.isFinite(duration) && duration > 0 ? duration : linked;
    return { seconds: Math.max(0, Math.min(linked, end)), from: 'link' };
  }
  const resume = resumePosition(stored, duration);
  return resume === undefined ? { seconds: 0, from: 'start' } : { seconds: resume, from: 'resume' };
}

/** A remembered speed if it is one the speed button offers, else normal speed. */
export function storedSpeed(stored: string | null): number {
  const speed = Number(stored);
  return SPEEDS.find((offered) => Math.abs(offered - speed) < 0.001) ?? 1;
}

export type PlayerShortcut = 'toggle' | 'back' | 'forward';

/** Where a key press lands, as far as shortcuts care. */
export interface KeyTarget {
  /** A field that takes typing or arrow keys itself: text inputs, text areas, selects, sliders, editable text. */
  editable: boolean;
  /** A control that space activates: a button, link, summary, checkbox. */
  activates: boolean;
}

/**
 * The player's keyboard shortcuts, as video sites have taught them: space or K
 * plays and pauses, J or ← goes back, L or → forward. A key with Ctrl, Alt or
 * Meta belongs to the browser, and no key is taken from a form field; space
 * keeps activating the button or link that has the focus.
 */
export function shortcutFor(key: string, modified: boolean, target: KeyTarget): PlayerShortcut | undefined {
  if (modified || target.editable) return undefined;
  switch (key.length === 1 ? key.toLowerCase() : key) {
    case ' ':
      return target.activates ? undefined : 'toggle';
    case 'k':
      return 'toggle';
    case 'j':
    case 'ArrowLeft':
      return 'back';
    case 'l':
    case 'ArrowRight':
      return 'forward';
    default:
      return undefined;
  }
}
