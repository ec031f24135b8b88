import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { readEpisodeBody } from '../../src/lib/transcript/episode-body';
import { runTranscript } from '../../tools/run-transcript';
import type { BuildResult } from '../../quality/fixture-site';
import { useFixtureSite } from '../support/fixture-site';
import { TRANSCRIPT_CASES, TRANSCRIPT_FIXTURES } from '../support/transcript-fixtures';

/**
 * What `npm run transcript` writes builds. The expected episode of every input
 * format builds into pages and transcript files; and the long demo episode's
 * transcript.vtt, .srt and .json from the real build (dist/), each converted
 * back into a copy of the episode, build into the very same transcript files.
 */
const LONG = '004-vertraust-du-deiner-it';
const ROUND_TRIPS = ['vtt', 'srt', 'json'] as const;
const FILES = ['transcript.vtt', 'transcript.srt', 'transcript.json', 'transcript.html', 'chapters.json'];

describe('converted transcripts build', () => {
  const site = useFixtureSite();
  let build: BuildResult;
  const conversions: Record<string, { code: number; output: string }> = {};

  beforeAll(async () => {
    for (const { slug } of TRANSCRIPT_CASES)
      site.copy(resolve(TRANSCRIPT_FIXTURES, 'expected', `${slug}.md`), `content/episodes/${slug}.md`);
    const long = readFileSync(`content/episodes/${LONG}.md`, 'utf8');
    for (const [index, format] of ROUND_TRIPS.entries()) {
      const slug = `rundreise-${format}`;
      // A copy of the episode with a number and date of its own, so the build sees two episodes, not one twice.
      site.write(
        `content/episodes/${slug}.md`,
        long.replace(/^episode: 4$/m, `episode: ${90 + index}`).replace(/^published: .*$/m, `published: 2024-08-0${index + 1}`),
      );
      const lines: string[] = [];
      const code = await runTranscript({
        args: [slug, resolve(`dist/folgen/${LONG}/transcript.${format}`), '--force'],
        root: site.dir,
        log: (line) => lines.push(line),
      });
      conversions[format] = { code, output: lines.join('\n') };
    }
    site.copy(`content/episodes/${LONG}.md`, `content/episodes/${LONG}.md`);
    build = await site.build();
  });

  const built = (slug: string, file: string) => readFileSync(join(site.dir, 'dist/folgen', slug, file), 'utf8');

  it('builds every converted episode', () => {
    expect(Object.values(conversions).filter(({ code }) => code !== 0)).toEqual([]);
    expect(build.output).not.toMatch(/error/i);
    expect(build.code).toBe(0);
  });

  it.each(TRANSCRIPT_CASES.map(({ slug }) => slug))('%s: the page shows every converted paragraph, with its time and speaker', (slug) => {
    const text = readFileSync(resolve(TRANSCRIPT_FIXTURES, 'expected', `${slug}.md`), 'utf8');
    const frontmatter = readFrontmatter(text);
    if (!frontmatter.ok) throw new Error(frontmatter.problem);
    const timed = readEpisodeBody(frontmatter.body).paragraphs.filter((paragraph) => paragraph.start !== undefined);
    const html = built(slug, 'index.html');
    const marked = [...html.matchAll(/<p data-start="(\d+)"(?: data-speaker="([^"]*)")?/g)].map((match) => ({
      start: Number(match[1]),
      speaker: match[2]?.replace(/&amp;/g, '&'),
    }));
    expect(marked).toEqual(timed.map(({ start, speaker }) => ({ start, speaker })));
    expect(existsSync(join(site.dir, 'dist/folgen', slug, 'transcript.html'))).toBe(true);
  });

  it.each(ROUND_TRIPS)(`the long demo episode's built transcript.%s, converted back, builds into the same transcript files`, (format) => {
    expect(conversions[format]!.output).toContain('Speakers: Oliver (host Oliver Hartmann), Katrin (guest Katrin Albers).');
    for (const file of FILES)
      expect(built(`rundreise-${format}`, file), file).toBe(
        built(LONG, file).replaceAll(`/folgen/${LONG}/`, `/folgen/rundreise-${format}/`),
      );
  });
});
