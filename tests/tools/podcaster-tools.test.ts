import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAudioFacts } from '../../tools/run-audio-facts';
import { runImport } from '../../tools/run-import';
import { runNewEpisode } from '../../tools/run-new-episode';
import { fakeAudioHost } from '../support/fake-audio-host';

let root: string;
let lines: string[];
const log = (line: string) => lines.push(line);
const feed = (name: string) => resolve('tests/fixtures/feeds', name);
const files = () => readdirSync(join(root, 'content/episodes')).sort();

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'podcast-scripts-'));
  mkdirSync(join(root, 'content/episodes'), { recursive: true });
  writeFileSync(join(root, 'content/settings.yaml'), '# Einstellungen\nsite: https://neu.example.de\n');
  lines = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run import', () => {
  it('ends with a summary of what it did', async () => {
    expect(await runImport({ args: [feed('edge-cases.xml'), '--offline'], root, log })).toBe(0);
    expect(lines.at(-1)).toBe('\n4 created, 0 updated, 0 skipped (0 unchanged, 0 edited by hand), 1 feed items not imported, 4 warnings.');
    expect(files()).toHaveLength(4);
  });

  it('--dry-run shows the changes and writes nothing', async () => {
    expect(await runImport({ args: [feed('edge-cases.xml'), '--dry-run'], root, log, fetch: fakeAudioHost() })).toBe(0);
    expect(lines).toContain('would create  content/episodes/ohne-guid.md');
    expect(lines.at(-1)).toMatch(/^\nDry run: nothing written\. 4 created/);
    expect(files()).toEqual([]);
    expect(readFileSync(join(root, 'content/settings.yaml'), 'utf8')).toBe('# Einstellungen\nsite: https://neu.example.de\n');
  });

  it('a non-podcast feed is refused and nothing is written', async () => {
    expect(await runImport({ args: [feed('blog.xml')], root, log })).toBe(1);
    expect(lines.join('\n')).toContain('not a podcast feed');
    expect(files()).toEqual([]);
    expect(readFileSync(join(root, 'content/settings.yaml'), 'utf8')).toBe('# Einstellungen\nsite: https://neu.example.de\n');
  });

  it('reads a feed from its URL', async () => {
    const xml = readFileSync(feed('edge-cases.xml'), 'utf8');
    const fetchFeed = async (url: string) => (url === 'https://alt.example/feed' ? new Response(xml) : new Response('', { status: 404 }));
    expect(await runImport({ args: ['https://alt.example/feed', '--offline'], root, log, fetch: fetchFeed })).toBe(0);
    expect(readFileSync(join(root, 'content/settings.yaml'), 'utf8')).toContain('previousFeedUrl: https://alt.example/feed');
  });

  it.each([[[]], [['a.xml', 'b.xml']], [['a.xml', '--schnell']]])('wrong arguments %j show the usage', async (args) => {
    expect(await runImport({ args, root, log })).toBe(2);
    expect(lines.join('\n')).toContain('Usage: npm run import -- <feed URL or file>');
  });

  it('leaves no temporary files behind', async () => {
    await runImport({ args: [feed('edge-cases.xml'), '--offline'], root, log });
    expect(readdirSync(join(root, 'content/episodes')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('npm run new', () => {
  it('creates the next numbered draft, dated today in Berlin', () => {
    writeFileSync(join(root, 'content/episodes/004-alt.md'), '---\ntitle: Alt\nepisode: 4\n---\n');
    expect(runNewEpisode({ args: ['Größer', 'denken'], root, log, now: new Date('2024-05-01T22:30:00Z') })).toBe(0);
    const text = readFileSync(join(root, 'content/episodes/005-groesser-denken.md'), 'utf8');
    expect(text).toContain('published: 2024-05-02');
    expect(text).toContain('draft: true');
  });

  it('asks for a title', () => {
    expect(runNewEpisode({ args: [' '], root, log })).toBe(2);
    expect(lines).toEqual(['Usage: npm run new -- "Titel der Folge"']);
  });
});

describe('npm run audio', () => {
  it('prints bytes, type and duration as an audio block', async () => {
    cpSync('tests/fixtures/audio/kurz.mp3', join(root, 'kurz.mp3'));
    expect(await runAudioFacts({ args: [join(root, 'kurz.mp3')], log })).toBe(0);
    expect(lines[0]).toMatch(/^audio:\n {2}bytes: \d+\n {2}type: audio\/mpeg\n {2}duration: 00:00:0\d$/);
  });

  it.each([
    [['fehlt.mp3'], 1, 'no such file'],
    [['tests/fixtures/feeds/blog.xml'], 1, 'could not be read as audio'],
    [[], 2, 'Usage'],
  ])('%j fails with a clear message', async (args, code, message) => {
    expect(await runAudioFacts({ args, log })).toBe(code);
    expect(lines.join('\n')).toContain(message);
  });
});
