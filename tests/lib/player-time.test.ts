import { describe, expect, it } from 'vitest';
import {
  activeIndex,
  chapterTarget,
  momentUrl,
  nextSpeed,
  paragraphAt,
  resumePosition,
  shortcutFor,
  startingPoint,
  startTimeFromUrl,
  storedSpeed,
} from '../../src/lib/player-time';

describe('start time from a link', () => {
  it.each([
    ['#t=754', '', 754],
    ['#t=12:34', '', 754],
    ['#t=1:02:03', '', 3723],
    ['#t=120.5', '', 120.5],
    ['', '?t=754', 754],
    ['#vertrauen-gegenueber-dienstleistern', '?t=103', 103],
    ['#t=10', '?t=99', 10],
    ['#t=abc', '?t=99', 99],
  ])('%s %s starts at %f s', (hash, search, seconds) => {
    expect(startTimeFromUrl(hash, search)).toBe(seconds);
  });

  it.each([
    ['', ''],
    ['#transkript', ''],
    ['#t=', '?t='],
    ['#t=-5', ''],
    ['#t=1e9', ''],
    ['#t=javascript:alert(1)', ''],
    ['#t=12:99', ''],
    ['', '?time=12'],
  ])('%j %j asks for no start time', (hash, search) => {
    expect(startTimeFromUrl(hash, search)).toBeUndefined();
  });
});

describe('the paragraph being spoken', () => {
  const starts = [7, 10, 12, 3723];
  it.each([
    [0, -1],
    [6.99, -1],
    [7, 0],
    [11.5, 1],
    [12, 2],
    [3722.9, 2],
    [9999, 3],
  ])('at %f s is paragraph %i', (time, index) => {
    expect(activeIndex(starts, time)).toBe(index);
  });

  it('is none in an untimed transcript', () => {
    expect(activeIndex([], 42)).toBe(-1);
  });
});

describe('chapter skip', () => {
  const starts = [5, 30, 65];
  it.each([
    [0, 'next', 5],
    [10, 'next', 30],
    [70, 'next', undefined],
    [40, 'previous', 30],
    [31, 'previous', 5],
    [6, 'previous', 5],
    [2, 'previous', undefined],
  ] as const)('at %f s, %s goes to %s', (time, direction, target) => {
    expect(chapterTarget(starts, time, direction)).toBe(target);
  });
});

describe('link to this moment', () => {
  it.each([
    ['https://klartext-it.example.de/folgen/004/', 754.9, 'https://klartext-it.example.de/folgen/004/#t=754'],
    ['https://klartext-it.example.de/folgen/004/?t=5#vertrauen', 12, 'https://klartext-it.example.de/folgen/004/#t=12'],
    ['https://klartext-it.example.de/folgen/004/#t=1', -3, 'https://klartext-it.example.de/folgen/004/#t=0'],
  ])('%s at %f s is %s', (page, seconds, url) => {
    expect(momentUrl(page, seconds)).toBe(url);
  });
});

describe('resume offer', () => {
  it.each([
    ['754.3', 1800, 754],
    ['754', Number.NaN, 754],
  ])('offers to resume at a stored %s s', (stored, duration, seconds) => {
    expect(resumePosition(stored, duration)).toBe(seconds);
  });

  it.each([
    [null, 1800],
    ['', 1800],
    ['3', 1800],
    ['1795', 1800],
    ['kaputt', 1800],
    ['Infinity', 1800],
    ['-50', 1800],
  ])('offers nothing for %j', (stored, duration) => {
    expect(resumePosition(stored, duration)).toBeUndefined();
  });
});

describe('playback speed', () => {
  it.each([
    [1, 1.25],
    [1.75, 2],
    [2, 0.75],
    [0.75, 1],
    [3, 0.75],
  ])('after %f× comes %f×', (current, next) => {
    expect(nextSpeed(current)).toBe(next);
  });
});

describe('the paragraph a time belongs to', () => {
  // Chapter 2 starts at 103, its first paragraph's mark says 106.
  const paragraphs = [7, 10, 95, 100, 106, 110];
  const chapters = [5, 103];
  it.each([
    [0, -1, 'before anything was said'],
    [7, 0, 'the first paragraph'],
    [101, 3, 'the last paragraph of chapter 1'],
    [103, 4, 'chapter 2 has begun: its first paragraph, not the one before the heading'],
    [105.9, 4, 'still the opening of chapter 2'],
    [106, 4, 'the paragraph itself'],
    [500, 5, 'the last paragraph'],
  ])('%f s is paragraph %i (%s)', (time, index) => {
    expect(paragraphAt(paragraphs, chapters, time)).toBe(index);
  });

  it('a chapter without a timed paragraph keeps the last spoken one', () => {
    expect(paragraphAt([7, 10], [5, 50, 60], 55)).toBe(1);
  });

  it('without chapters is the last paragraph that has started', () => {
    expect(paragraphAt([7, 10], [], 9)).toBe(0);
  });
});

describe('where the player stands before play', () => {
  it.each([
    [120, '300', 1800, { seconds: 120, from: 'link' }],
    [9999, '300', 1800, { seconds: 1800, from: 'link' }],
    [120, null, Number.NaN, { seconds: 120, from: 'link' }],
    [undefined, '300', 1800, { seconds: 300, from: 'resume' }],
    [undefined, '5', 1800, { seconds: 0, from: 'start' }],
    [undefined, null, 1800, { seconds: 0, from: 'start' }],
    [undefined, '<script>', 1800, { seconds: 0, from: 'start' }],
    [undefined, '1795', 1800, { seconds: 0, from: 'start' }],
  ] as const)('a link to %j with %j stored in a %f s episode: %j', (linked, stored, duration, point) => {
    expect(startingPoint(linked, stored, duration)).toEqual(point);
  });
});

describe('the remembered speed', () => {
  it.each([
    ['1.5', 1.5],
    ['0.75', 0.75],
    ['2', 2],
    ['16', 1],
    ['-1', 1],
    ['NaN', 1],
    ['', 1],
    [null, 1],
    ['1.5; alert(1)', 1],
  ])('%j plays at %f', (stored, speed) => {
    expect(storedSpeed(stored)).toBe(speed);
  });
});

describe('keyboard shortcuts', () => {
  const page = { editable: false, activates: false };
  const button = { editable: false, activates: true };
  const field = { editable: true, activates: false };
  it.each([
    [' ', false, page, 'toggle'],
    ['k', false, page, 'toggle'],
    ['K', false, page, 'toggle'],
    ['k', false, button, 'toggle'],
    ['j', false, page, 'back'],
    ['ArrowLeft', false, page, 'back'],
    ['l', false, link(), 'forward'],
    ['ArrowRight', false, page, 'forward'],
    [' ', false, button, undefined],
    ['k', false, field, undefined],
    [' ', false, field, undefined],
    ['ArrowLeft', false, field, undefined],
    ['k', true, page, undefined],
    ['ArrowRight', true, page, undefined],
    ['x', false, page, undefined],
    ['Enter', false, page, undefined],
    ['ArrowUp', false, page, undefined],
  ] as const)('%j (modified: %s) on %j: %s', (key, modified, target, shortcut) => {
    expect(shortcutFor(key, modified, target)).toBe(shortcut);
  });

  function link() {
    return { editable: false, activates: true };
  }
});
