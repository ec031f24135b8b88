import { describe, expect, it } from 'vitest';
import { LEADING_TIME_MARK, secondsFromMatch, splitHeadingTime } from '../../../src/lib/base/timecode';

describe('time marks', () => {
  it.each([
    ['Zwist zwischen IT und Fachbereich [00:02:15]', 'Zwist zwischen IT und Fachbereich', 135],
    ['Fazit [02:15]', 'Fazit', 135],
    ['Lange Folge [1:02:03]', 'Lange Folge', 3723],
    ['Ohne Zeit', 'Ohne Zeit', undefined],
    ['Zeit [00:02:15] mittendrin', 'Zeit [00:02:15] mittendrin', undefined],
    ['Kaputt [00:99:15]', 'Kaputt [00:99:15]', undefined],
  ])('heading %j has text %j and start %s', (heading, text, start) => {
    expect(splitHeadingTime(heading)).toEqual({ text, start });
  });

  it('finds the time mark that opens a transcript paragraph', () => {
    const match = LEADING_TIME_MARK.exec('[00:02:40] **Oliver:** Hallo');
    expect(match && secondsFromMatch(match)).toBe(160);
    expect(LEADING_TIME_MARK.exec('Hallo [00:02:40]')).toBeNull();
  });
});
