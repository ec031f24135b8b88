import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { learnWordChain, seededRandom, syntheticEpisode } from '../../quality/synthetic-episodes';
import { parseDuration } from '../../src/lib/base/duration';
import { splitHeadingTime, LEADING_TIME_MARK, secondsFromMatch } from '../../src/lib/base/timecode';
import { isSlug } from '../../src/lib/base/slug';

const demoTexts = readdirSync('content/episodes').map((name) => readFileSync(`content/episodes/${name}`, 'utf8'));
const chain = learnWordChain(demoTexts);
const make = (index: number, seed = 7) =>
  syntheticEpisode({ index, total: 1000, chain, random: seededRandom(seed + index), audioUrl: '/audio/bench.mp3' });

function split(markdown: string) {
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown)!;
  return { frontmatter: parse(yaml!) as Record<string, unknown>, body: body! };
}

describe('synthetic episodes for the benchmark', () => {
  it('are the same on every run', () => {
    expect(make(3).markdown).toBe(make(3).markdown);
    expect(make(3).markdown).not.toBe(make(4).markdown);
  });

  it.each([0, 1, 499, 999])('episode %i has about 4,000 words of German transcript', (index) => {
    const episode = make(index);
    expect(episode.words).toBeGreaterThan(3800);
    expect(episode.words).toBeLessThan(4400);
    expect(split(episode.markdown).body).toMatch(/\b(und|die|der|nicht|das)\b/);
  });

  it('has the frontmatter an episode needs: title, number, a past date, summary, audio with a duration', () => {
    const episode = make(41);
    const { frontmatter } = split(episode.markdown);
    expect(frontmatter).toMatchObject({ episode: 42, audio: { url: '/audio/bench.mp3' } });
    expect(String(frontmatter.title).length).toBeGreaterThan(3);
    expect(String(frontmatter.summary)).toMatch(/[.!?]$/);
    expect(new Date(String(frontmatter.published)).getTime()).toBeLessThan(Date.now());
    expect(parseDuration(String((frontmatter.audio as { duration: string }).duration))).toBe(episode.duration);
    expect(isSlug(episode.slug)).toBe(true);
  });

  it('has timed chapters and timed speaker paragraphs that never go backwards or past the audio', () => {
    const episode = make(7);
    const lines = split(episode.markdown).body.split('\n').filter(Boolean);
    const chapters = lines
      .filter((line) => line.startsWith('## ') && line !== '## Transkript')
      .map((line) => splitHeadingTime(line.slice(3)).start);
    expect(chapters.length).toBeGreaterThanOrEqual(7);
    expect(chapters.every((start) => start !== undefined)).toBe(true);
    const times = lines.flatMap((line) => {
      const match = LEADING_TIME_MARK.exec(line);
      return match ? [secondsFromMatch(match)] : [];
    });
    expect(lines.filter((line) => /^\[\d\d:\d\d:\d\d\] \*\*[A-ZÄÖÜ][a-zäöüß]+:\*\* \S/.test(line))).toHaveLength(times.length);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(times.at(-1)!).toBeLessThan(episode.duration);
  });

  it('spreads publication dates over the years, oldest first', () => {
    const dates = [0, 500, 999].map((index) => String(split(make(index).markdown).frontmatter.published));
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(3);
  });

  it.each([[[]], [['']], [['# Nur eine Überschrift']], [['kein satzende hier']]])(
    'refuses to learn from text without sentences: %j',
    (texts) => {
      expect(() => learnWordChain(texts)).toThrow(/no complete sentences/);
    },
  );
});
