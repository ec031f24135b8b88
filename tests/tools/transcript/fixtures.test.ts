import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runTranscript } from '../../../tools/run-transcript';
import { fixtureEpisode, TRANSCRIPT_CASES, TRANSCRIPT_FIXTURES } from '../../support/transcript-fixtures';

/**
 * Every input format converts to the Markdown the podcaster would write, compared
 * file for file with tests/fixtures/transcripts/expected/ (after a deliberate change,
 * `UPDATE_TRANSCRIPTS=1 npx vitest run --project unit tests/tools/transcript/fixtures.test.ts`
 * rewrites them; review the diff). tests/build/transcript-command.test.ts builds them.
 */
let root: string;
let lines: string[];
const log = (line: string) => lines.push(line);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'podcast-transcript-'));
  mkdirSync(join(root, 'content/episodes'), { recursive: true });
  cpSync('content/settings.yaml', join(root, 'content/settings.yaml'));
  lines = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe.each(TRANSCRIPT_CASES.map((fixture, index) => [fixture.file, fixture, index] as const))('%s', (_, fixture, index) => {
  const episode = () => join(root, 'content/episodes', `${fixture.slug}.md`);
  const expected = resolve(TRANSCRIPT_FIXTURES, 'expected', `${fixture.slug}.md`);
  const args = () => [fixture.slug, resolve(TRANSCRIPT_FIXTURES, fixture.file), ...fixture.options];

  it(`becomes the expected episode file: ${fixture.about}`, async () => {
    writeFileSync(episode(), fixtureEpisode(index));
    expect(await runTranscript({ args: args(), root, log }), lines.join('\n')).toBe(0);
    const converted = readFileSync(episode(), 'utf8');
    if (process.env.UPDATE_TRANSCRIPTS || !existsSync(expected)) writeFileSync(expected, converted);
    expect(converted).toBe(readFileSync(expected, 'utf8'));
    expect(converted.startsWith(fixtureEpisode(index))).toBe(true);
  });

  it('converting it twice gives the same file', async () => {
    writeFileSync(episode(), fixtureEpisode(index));
    await runTranscript({ args: args(), root, log });
    const once = readFileSync(episode(), 'utf8');
    lines = [];
    expect(await runTranscript({ args: args(), root, log })).toBe(0);
    expect(readFileSync(episode(), 'utf8')).toBe(once);
    expect(lines.at(-1)).toBe(`content/episodes/${fixture.slug}.md already holds exactly this transcript; nothing changed.`);
  });
});
