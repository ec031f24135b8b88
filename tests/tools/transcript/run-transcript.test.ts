import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../../src/lib/frontmatter';
import { readEpisodeBody } from '../../../src/lib/transcript/episode-body';
import { runTranscript } from '../../../tools/run-transcript';
import { fixtureEpisode, TRANSCRIPT_FIXTURES } from '../../support/transcript-fixtures';

let root: string;
let lines: string[];
const log = (line: string) => lines.push(line);
const fixture = (name: string) => resolve(TRANSCRIPT_FIXTURES, name);
const episodePath = (slug: string, extension = 'md') => join(root, 'content/episodes', `${slug}.${extension}`);
const read = (slug: string, extension = 'md') => readFileSync(episodePath(slug, extension), 'utf8');
const run = async (...args: string[]) => {
  lines = [];
  return runTranscript({ args, root, log });
};
const output = () => lines.join('\n');

const VTT = 'WEBVTT\n\n00:00:05.000 --> 00:00:08.000\n<v Oliver>Hallo.\n\n00:00:09.000 --> 00:00:12.000\n<v Katrin>Hallo Oliver.\n';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'podcast-transcript-'));
  mkdirSync(join(root, 'content/episodes'), { recursive: true });
  cpSync('content/settings.yaml', join(root, 'content/settings.yaml'));
  writeFileSync(episodePath('042-backups'), fixtureEpisode(0));
  writeFileSync(join(root, 'folge.vtt'), VTT);
  lines = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('which episode', () => {
  it.each([['042-backups'], ['042'], ['content/episodes/042-backups.md']])('finds the episode given as %s', async (given) => {
    expect(await run(given, join(root, 'folge.vtt'))).toBe(0);
    expect(read('042-backups')).toContain('[00:00:05] **Oliver:** Hallo.');
  });

  it('names both candidates when a number fits two episodes', async () => {
    writeFileSync(episodePath('042-backups-teil-2'), fixtureEpisode(1));
    expect(await run('042', join(root, 'folge.vtt'))).toBe(1);
    expect(output()).toBe(
      '"042" could be content/episodes/042-backups-teil-2.md or content/episodes/042-backups.md; give the whole file name.',
    );
  });

  it('says how to name an episode it cannot find', async () => {
    expect(await run('043', join(root, 'folge.vtt'))).toBe(1);
    expect(output()).toContain('"043": no episode in content/episodes/ is called so');
  });
});

describe('hand edits are never lost', () => {
  it('a converted transcript is replaced by the next conversion, but not after a hand edit, unless --force', async () => {
    await run('042', join(root, 'folge.vtt'));
    writeFileSync(join(root, 'folge.vtt'), VTT.replace('Hallo Oliver.', 'Hallo Oliver, schön hier zu sein.'));
    expect(await run('042', join(root, 'folge.vtt'))).toBe(0);
    expect(read('042-backups')).toContain('**Katrin:** Hallo Oliver, schön hier zu sein.');

    const edited = read('042-backups').replace('schön hier zu sein', 'schön, hier zu sein');
    writeFileSync(episodePath('042-backups'), edited);
    expect(await run('042', join(root, 'folge.vtt'))).toBe(1);
    expect(output()).toBe(
      'content/episodes/042-backups.md:20: the transcript was edited by hand after it was converted; nothing was written. ' +
        'Run again with --force to replace it (your changes to it are lost).',
    );
    expect(read('042-backups')).toBe(edited);

    expect(await run('042', join(root, 'folge.vtt'), '--force')).toBe(0);
    expect(read('042-backups')).toContain('schön hier zu sein');
    expect(output()).toContain('Replaced the transcript edited by hand (--force).');
  });

  it('a transcript written by hand is kept, and --force replaces it, keeping its chapter headings as written', async () => {
    const handWritten = `${fixtureEpisode(0)}\n## *Anfang* [00:00:00]\n\n[00:00:05] **Oliver:** Von Hand geschrieben.\n`;
    writeFileSync(episodePath('042-backups'), handWritten);
    expect(await run('042', join(root, 'folge.vtt'))).toBe(1);
    expect(output()).toContain('content/episodes/042-backups.md:20: the transcript was written by hand; nothing was written.');
    expect(read('042-backups')).toBe(handWritten);
    expect(await run('042', join(root, 'folge.vtt'), '--force')).toBe(0);
    expect(read('042-backups')).toMatch(/## \*Anfang\* \[00:00:00\]\n\n\[00:00:05\] \*\*Oliver:\*\* Hallo\.\n/);
  });

  it('chapter headings alone (as the importer writes them) are no transcript: they are kept and the paragraphs go between them', async () => {
    const imported = fixtureEpisode(0).replace('## Transkript\n', '## Intro [00:00:00]\n\n## Antwort [00:00:09]\n');
    writeFileSync(episodePath('042-backups'), imported);
    expect(await run('042', join(root, 'folge.vtt'))).toBe(0);
    expect(read('042-backups')).toMatch(
      /passiert, wenn nicht\.\n\n## Transkript\n\n<!-- converted by npm run transcript, fingerprint [\da-f]{16} -->\n\n## Intro \[00:00:00\]\n\n\[00:00:05\] \*\*Oliver:\*\* Hallo\.\n\n## Antwort \[00:00:09\]\n\n\[00:00:09\] \*\*Katrin:\*\* Hallo Oliver\.\n$/,
    );
  });
});

describe('where the transcript goes', () => {
  it('after the show notes, under a new heading in the language of the site, when the episode has none', async () => {
    writeFileSync(episodePath('042-backups'), fixtureEpisode(0).replace('\n## Transkript\n', ''));
    writeFileSync(
      join(root, 'content/settings.yaml'),
      readFileSync('content/settings.yaml', 'utf8').replace(/^language: de$/m, 'language: en'),
    );
    expect(await run('042', join(root, 'folge.vtt'))).toBe(0);
    expect(read('042-backups')).toContain('passiert, wenn nicht.\n\n## Transcript\n\n<!-- converted by npm run transcript');
  });

  it('in an MDX episode, under a comment MDX accepts', async () => {
    rmSync(episodePath('042-backups'));
    writeFileSync(episodePath('042-backups', 'mdx'), fixtureEpisode(0));
    expect(await run('042', join(root, 'folge.vtt'))).toBe(0);
    const text = read('042-backups', 'mdx');
    expect(text).toMatch(/\n\{\/\* converted by npm run transcript, fingerprint [\da-f]{16} \*\/\}\n/);
    const frontmatter = readFrontmatter(text);
    expect(frontmatter.ok && readEpisodeBody(frontmatter.body, { format: 'mdx' }).paragraphs.at(-1)?.text).toBe('Hallo Oliver.');
    expect(await run('042', join(root, 'folge.vtt'))).toBe(0);
    expect(output()).toContain('already holds exactly this transcript; nothing changed.');
  });

  it('--dry-run prints the transcript section and writes nothing', async () => {
    expect(await run('042', join(root, 'folge.vtt'), '--dry-run')).toBe(0);
    expect(lines[0]).toMatch(/^<!-- converted by npm run transcript, fingerprint [\da-f]{16} -->\n\n\[00:00:05\] \*\*Oliver:\*\* Hallo\./);
    expect(lines.at(-1)).toBe('Dry run: nothing written.');
    expect(read('042-backups')).toBe(fixtureEpisode(0));
  });
});

describe('a file that cannot be right changes nothing', () => {
  it.each([
    [
      'a time that is no time',
      'folge.srt',
      '1\n00:00:05,000 --> 00:00:08,000\nOliver: Hallo.\n\n2\n00:01:75,000 --> 00:01:80,000\nOliver: Tschüss.\n',
      ':6: "00:01:75,000" is not a time',
    ],
    [
      'an end before its start',
      'folge.srt',
      '1\n00:00:05,000 --> 00:00:04,000\nHallo.\n',
      ':2: the cue ends at 00:00:04.000, before it starts at 00:00:05.000',
    ],
    [
      'a cue after the audio',
      'folge.vtt',
      'WEBVTT\n\n00:06:00.000 --> 00:06:02.000\nZugabe.\n',
      ':3: the cue starts at 00:06:00.000, after the end of the audio (00:05:00.000)',
    ],
    [
      'broken JSON',
      'folge.json',
      '{"segments": [\n  {"startTime": 1, "body": "a"},\n  {"startTime": 2 "body": "b"}\n]}',
      ':3: not valid JSON',
    ],
  ])('%s: file, line and what is expected', async (_, name, text, message) => {
    writeFileSync(join(root, name), text);
    expect(await run('042', join(root, name))).toBe(1);
    expect(output()).toContain(`${join(root, name)}${message}`);
    expect(output()).toMatch(/\nNothing was written\.$/);
    expect(read('042-backups')).toBe(fixtureEpisode(0));
  });

  it.each([
    [
      'out of order',
      '00:01:00 Zwei\n00:00:30 Eins\n',
      ':2: "Eins" starts at 00:00:30, before "Zwei" (line 1) at 00:01:00; expected chapters in time order',
    ],
    ['two in one second', '00:00:10 Eins\n00:00:10.5 Zwei\n', ':2: "Zwei" starts in the same second as "Eins" (line 1), 00:00:10'],
    ['not a chapter', '00:00:10 Eins\nZwei um zehn\n', ':2: expected a chapter like "00:12:30 Title", found "Zwei um zehn"'],
    ['beyond the audio', '00:00:10 Eins\n01:00:00 Zugabe\n', ':2: "Zugabe" starts at 01:00:00, after the end of the audio (00:05:00)'],
  ])('chapters %s', async (_, chapters, message) => {
    writeFileSync(join(root, 'kapitel.txt'), chapters);
    expect(await run('042', join(root, 'folge.vtt'), '--chapters', join(root, 'kapitel.txt'))).toBe(1);
    expect(output()).toContain(`${join(root, 'kapitel.txt')}${message}`);
    expect(read('042-backups')).toBe(fixtureEpisode(0));
  });
});

describe('speakers', () => {
  it('lists labels that are neither host nor guest, with the option that names them', async () => {
    expect(await run('042', fixture('otter.txt'))).toBe(0);
    expect(output()).toContain(
      'Speakers: Oliver Hartmann (host Oliver Hartmann), Katrin Albers (guest Katrin Albers), Speaker 3 (nobody of this episode).',
    );
    expect(output()).toContain(
      'warning "Speaker 3" (1 paragraph) is neither the host nor a guest of this episode: name the label with --speakers "Speaker 3=Name", or add the person to guests.',
    );
  });

  it('names labels with --speakers and warns about a label the file does not use', async () => {
    expect(await run('042', fixture('whisperx.json'), '--speakers', 'SPEAKER_00=Oliver,SPEAKER_01=Katrin Albers,SPEAKER_07=Gast')).toBe(0);
    expect(output()).toContain('Speakers: SPEAKER_00 → Oliver (host Oliver Hartmann), SPEAKER_01 → Katrin Albers (guest Katrin Albers).');
    expect(output()).toContain('warning --speakers names SPEAKER_07, which the transcript file does not use.');
    expect(read('042-backups')).toContain('[00:00:14] **Katrin Albers:** Danke, Oliver.');
  });

  it.each([['SPEAKER_00'], ['SPEAKER_00=,SPEAKER_01=Katrin'], ['SPEAKER_00=Oliver,SPEAKER_00=Katrin']])(
    'refuses --speakers "%s"',
    async (value) => {
      expect(await run('042', fixture('whisperx.json'), '--speakers', value)).toBe(2);
      expect(output()).toContain('--speakers');
      expect(read('042-backups')).toBe(fixtureEpisode(0));
    },
  );
});

describe('encodings', () => {
  it('reads a Windows-1252 file with its umlauts, and says so', async () => {
    writeFileSync(join(root, 'alt.srt'), Buffer.from('1\n00:00:05,000 --> 00:00:08,000\nGrüße aus Köln, Oliver: süß.\n', 'latin1'));
    expect(await run('042', join(root, 'alt.srt'))).toBe(0);
    expect(read('042-backups')).toContain('[00:00:05] Grüße aus Köln, Oliver: süß.');
    expect(output()).toContain('is not UTF-8; it was read as Windows-1252');
  });

  it('reads UTF-16 with a byte order mark', async () => {
    writeFileSync(
      join(root, 'utf16.vtt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VTT.replace('Hallo.', 'Grüß dich.'), 'utf16le')]),
    );
    expect(await run('042', join(root, 'utf16.vtt'))).toBe(0);
    expect(read('042-backups')).toContain('**Oliver:** Grüß dich.');
  });
});

describe('usage', () => {
  it.each([[[]], [['042']], [['042', 'a.vtt', 'b.vtt']], [['042', 'a.vtt', '--schnell']]])(
    'wrong arguments %j show the usage',
    async (args) => {
      expect(await run(...args)).toBe(2);
      expect(output()).toContain('Usage: npm run transcript -- <episode> <transcript file> [options]');
    },
  );

  it('a missing transcript file is named', async () => {
    expect(await run('042', 'fehlt.vtt')).toBe(1);
    expect(output()).toBe('fehlt.vtt: no such transcript file.');
  });

  it('leaves no temporary files behind', async () => {
    await run('042', join(root, 'folge.vtt'));
    expect(readdirSync(join(root, 'content/episodes'))).toEqual(['042-backups.md']);
  });
});
