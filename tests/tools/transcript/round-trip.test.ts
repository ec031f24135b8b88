import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudioFacts } from '../../../src/lib/audio-facts';
import { readFrontmatter } from '../../../src/lib/frontmatter';
import { readEpisodeBody, type EpisodeBody } from '../../../src/lib/transcript/episode-body';
import { toJsonTranscript } from '../../../src/lib/transcript/json-transcript';
import { toHtmlTranscript } from '../../../src/lib/transcript/html-transcript';
import { toSrt } from '../../../src/lib/transcript/srt';
import { toWebVtt } from '../../../src/lib/transcript/vtt';
import { runTranscript } from '../../../tools/run-transcript';

/**
 * The site's own files of the long demo episode, converted back into the
 * episode, give its transcript again: the same paragraphs, speakers and times,
 * and its chapters stay where they were. (tests/build/transcript-command.test.ts
 * does the same with the files a real build wrote.)
 */
const SLUG = '004-vertraust-du-deiner-it';
const EPISODE = `content/episodes/${SLUG}.md`;
let root: string;
let duration: number;
let original: EpisodeBody;
const files: Record<string, string> = {};

const readingOf = (text: string) => {
  const frontmatter = readFrontmatter(text);
  if (!frontmatter.ok) throw new Error(frontmatter.problem);
  return readEpisodeBody(frontmatter.body);
};
const spoken = (body: EpisodeBody) => body.paragraphs.filter((paragraph) => paragraph.start !== undefined);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'podcast-round-trip-'));
  mkdirSync(join(root, 'content/episodes'), { recursive: true });
  cpSync('content/settings.yaml', join(root, 'content/settings.yaml'));
  cpSync(`public/audio/${SLUG}.mp3`, join(root, `public/audio/${SLUG}.mp3`));
  duration = Math.round((await readAudioFacts(`public/audio/${SLUG}.mp3`)).duration!);
  original = readingOf(readFileSync(EPISODE, 'utf8'));
  const page = { title: 'Transkript', language: 'de', pageUrl: 'https://klartext-it.example.de/folgen/004/' };
  files['transcript.vtt'] = toWebVtt(original.paragraphs, duration);
  files['transcript.srt'] = toSrt(original.paragraphs, duration);
  files['transcript.json'] = JSON.stringify(toJsonTranscript(original.paragraphs, duration));
  files['transcript.html'] = toHtmlTranscript(original.paragraphs, page);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe(`the long demo episode's transcript files, converted back into the episode`, () => {
  it.each(['transcript.vtt', 'transcript.srt', 'transcript.json', 'transcript.html'])(
    '%s gives the same paragraphs, speakers and times, and keeps notes and chapters',
    async (name) => {
      const source = readFileSync(EPISODE, 'utf8');
      writeFileSync(join(root, EPISODE), source);
      const lines: string[] = [];
      expect(
        await runTranscript({ args: [SLUG, join(root, name), '--force'], root, log: (line) => lines.push(line) }),
        lines.join('\n'),
      ).toBe(0);
      const converted = readFileSync(join(root, EPISODE), 'utf8');
      const reading = readingOf(converted);

      const before = spoken(original);
      const after = spoken(reading);
      expect(after.map(({ speaker, text }) => ({ speaker, text }))).toEqual(before.map(({ speaker, text }) => ({ speaker, text })));
      after.forEach((paragraph, index) => expect(Math.abs(paragraph.start! - before[index]!.start!)).toBeLessThanOrEqual(1));
      expect(reading.chapters.map(({ text, start, id }) => ({ text, start, id }))).toEqual(
        original.chapters.map(({ text, start, id }) => ({ text, start, id })),
      );
      expect(converted.slice(0, source.indexOf('## Transkript'))).toBe(source.slice(0, source.indexOf('## Transkript')));
      expect(lines).toContain('Speakers: Oliver (host Oliver Hartmann), Katrin (guest Katrin Albers).');
    },
  );
});
