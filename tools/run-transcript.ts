import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../build/atomic-write.ts';
import { readAudioFacts } from '../src/lib/audio-facts.ts';
import { formatClock } from '../src/lib/base/duration.ts';
import { publicFile } from '../src/lib/base/public-path.ts';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { loadSettings, SettingsError } from '../src/lib/settings.ts';
import { checkTimes } from '../src/lib/transcript/check-times.ts';
import { bodyFormat, readEpisodeBody, type BodyFormat } from '../src/lib/transcript/episode-body.ts';
import { describeIssues } from '../src/lib/validation-message.ts';
import { createTranslator, interfaceLanguageOf } from '../src/i18n/translate.ts';
import { episodeSchema } from '../src/schemas/episode.ts';
import { checkChapters, CHAPTER_FORMAT_NAMES, readChapterFile, type LocatedChapter } from './transcript/chapter-files.ts';
import {
  convertTranscript,
  TRANSCRIPT_FORMAT_NAMES,
  TranscriptFileError,
  transcriptMarkdown,
  type ConvertedTranscript,
  type PlacedChapter,
} from './transcript/convert.ts';
import { SourceProblems } from './transcript/cues.ts';
import { findTranscriptSection, withTranscript } from './transcript/episode-section.ts';
import { decodeSourceText } from './transcript/source-text.ts';
import { matchSpeakers, namesToRecognize, parseSpeakerNames, SpeakerOptionError, type EpisodePerson } from './transcript/speakers.ts';

export const USAGE = `Usage: npm run transcript -- <episode> <transcript file> [options]

  <episode>            the episode's file name without .md (004-vertraust-du-deiner-it),
                       the number it starts with (004), or its path
  <transcript file>    WebVTT, SRT, JSON (Podcasting 2.0, Whisper, whisper.cpp, WhisperX), an HTML
                       transcript, or a text export of Descript, Riverside or Otter
  --speakers <names>   name the file's speaker labels: "SPEAKER_00=Oliver,SPEAKER_01=Katrin"
  --chapters <file>    chapters to place: Podcasting 2.0 JSON chapters, Podlove Simple Chapters,
                       WebVTT chapters, or one "hh:mm:ss Title" a line
  --dry-run            print the converted transcript; write nothing
  --force              replace a transcript written or edited by hand`;

export interface TranscriptOptions {
  args: readonly string[];
  /** Project root holding content/ and public/; the current directory by default. */
  root?: string;
  log?: (line: string) => void;
}

const EPISODES_DIR = 'content/episodes';
/** Larger than any transcript (a word-level WhisperX file of three hours is about 30 MB), small enough to refuse a wrong file quickly. */
const MAX_BYTES = 100_000_000;

/** A problem that ends the command: its message for the podcaster and the exit code. */
class Refusal extends Error {
  readonly code: number;
  constructor(message: string, code = 1) {
    super(message);
    this.code = code;
  }
}

interface Flags {
  episode: string;
  file: string;
  speakers: string[];
  chapters: string | undefined;
  dryRun: boolean;
  force: boolean;
}

function readFlags(args: readonly string[]): Flags {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        speakers: { type: 'string', multiple: true },
        chapters: { type: 'string' },
        'dry-run': { type: 'boolean' },
        force: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new Refusal(`${(error as Error).message.split('\n')[0]}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2) throw new Refusal(USAGE, 2);
  return {
    episode: positionals[0]!,
    file: positionals[1]!,
    speakers: values.speakers ?? [],
    chapters: values.chapters,
    dryRun: values['dry-run'] ?? false,
    force: values.force ?? false,
  };
}

function episodeFiles(root: string): string[] {
  const dir = join(root, EPISODES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => `${EPISODES_DIR}/${name.split(sep).join('/')}`)
    .sort();
}

/** The episode file meant by a slug, the number a slug starts with, or a path. */
function findEpisode(root: string, given: string): string {
  if (/\.mdx?$/.test(given) || given.includes('/') || given.includes(sep)) {
    const path = resolve(root, given);
    if (!existsSync(path) || !statSync(path).isFile()) throw new Refusal(`${given}: no such episode file.`);
    return relative(root, path).split(sep).join('/');
  }
  const files = episodeFiles(root);
  const slugOf = (file: string) => basename(file).replace(/\.mdx?$/, '');
  const exact = files.filter((file) => slugOf(file) === given);
  const matches = exact.length > 0 ? exact : files.filter((file) => slugOf(file).startsWith(`${given}-`));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new Refusal(`"${given}" could be ${matches.join(' or ')}; give the whole file name.`);
  throw new Refusal(
    `"${given}": no episode in ${EPISODES_DIR}/ is called so; give its file name without .md (like 004-vertraust-du-deiner-it) or its path.`,
  );
}

function readSource(root: string, given: string, what: string): { text: string; warning?: string } {
  const path = resolve(root, given);
  if (!existsSync(path) || !statSync(path).isFile()) throw new Refusal(`${given}: no such ${what}.`);
  if (statSync(path).size > MAX_BYTES) throw new Refusal(`${given}: larger than ${MAX_BYTES / 1_000_000} MB; is this really a ${what}?`);
  const { text, warning } = decodeSourceText(readFileSync(path));
  return { text, ...(warning ? { warning: `${given} ${warning}` } : {}) };
}

/** The audio's length, from the frontmatter or from the local file as the build reads it; `undefined` when neither tells. */
async function audioLength(root: string, audio: { url: string; duration?: number | undefined }): Promise<number | undefined> {
  if (audio.duration !== undefined) return audio.duration;
  if (audio.url.startsWith('https://')) return undefined;
  try {
    return (await readAudioFacts(publicFile(audio.url, root))).duration;
  } catch {
    return undefined;
  }
}

function chaptersFromFile(root: string, given: string, duration: number | undefined, warnings: string[]) {
  const { text, warning } = readSource(root, given, 'chapters file');
  if (warning) warnings.push(warning);
  try {
    const read = readChapterFile(text);
    checkChapters(read.chapters, duration);
    warnings.push(...read.warnings.map((line) => `${given}: ${line}`));
    return { chapters: read.chapters.map(({ start, title }: LocatedChapter) => ({ start, title })), format: read.format };
  } catch (error) {
    if (error instanceof SourceProblems) throw new TranscriptFileError(given, error.problems);
    throw error;
  }
}

const clock = (seconds: number) => formatClock(seconds, { alwaysHours: true });

function speakerLines(transcript: ConvertedTranscript, names: ReadonlyMap<string, string>, people: readonly EpisodePerson[]) {
  const matches = matchSpeakers(transcript.speakers, names, people);
  const paragraphs = (label: string) => transcript.paragraphs.filter((paragraph) => paragraph.speaker === label).length;
  const summary = matches
    .map(
      ({ label, name, person }) =>
        `${label === name ? label : `${label} → ${name}`} (${person ? `${person.role} ${person.name}` : 'nobody of this episode'})`,
    )
    .join(', ');
  const warnings = matches
    .filter((match) => !match.person)
    .map(
      ({ label, name }) =>
        `"${name}" (${paragraphs(label) === 1 ? '1 paragraph' : `${paragraphs(label)} paragraphs`}) is neither the host nor a guest of this episode: ` +
        `name the label with --speakers "${label}=Name", or add the person to guests.`,
    );
  const unused = [...names.keys()].filter((label) => !transcript.speakers.includes(label));
  if (unused.length > 0) warnings.push(`--speakers names ${unused.join(', ')}, which the transcript file does not use.`);
  return { summary: summary || 'none named in the file', warnings };
}

/** The converted file after a reading by the site's own reader: a problem here would stop the build, so nothing is written. */
function checkAsTheBuildWill(file: string, text: string, format: BodyFormat, duration: number | undefined): void {
  const frontmatter = readFrontmatter(text);
  if (!frontmatter.ok) throw new Refusal(`${file}:${frontmatter.line}: ${frontmatter.problem}`);
  const firstLine = text.slice(0, text.length - frontmatter.body.length).split('\n').length;
  const reading = readEpisodeBody(frontmatter.body, { format, firstLine });
  const problems = [...reading.problems, ...checkTimes(reading, duration ?? Infinity)].sort((a, b) => a.line - b.line);
  if (problems.length > 0) {
    throw new Refusal(
      `${problems.map(({ line, message }) => `${file}:${line}: ${message}`).join('\n')}\nThe converted file would not build; nothing was written.`,
    );
  }
}

/**
 * Converts a transcript file into an episode's transcript section; the exit
 * code is 0 on success, 1 when a file was refused or a hand edit protected,
 * 2 on a usage error. Nothing is written unless every check passed.
 */
export async function runTranscript({ args, root = process.cwd(), log = console.log }: TranscriptOptions): Promise<number> {
  try {
    const flags = readFlags(args);
    const speakerNames = parseSpeakerNames(flags.speakers);
    const file = findEpisode(root, flags.episode);
    const format = bodyFormat(file);
    const fileText = readFileSync(join(root, file), 'utf8');
    const frontmatter = readFrontmatter(fileText);
    if (!frontmatter.ok) throw new Refusal(`${file}:${frontmatter.line}: ${frontmatter.problem}`);
    const episode = episodeSchema.safeParse(frontmatter.data);
    if (!episode.success)
      throw new Refusal(
        `${describeIssues(file, episode.error.issues, frontmatter.data)}\nCorrect the frontmatter first; nothing was written.`,
      );
    const settings = loadSettings(root);
    const people: EpisodePerson[] = [
      { name: settings.host.name, role: 'host' },
      ...episode.data.guests.map((guest) => ({ name: guest.name, role: 'guest' as const })),
    ];
    const warnings: string[] = [];
    const duration = await audioLength(root, episode.data.audio);
    if (duration === undefined) warnings.push(`the length of ${episode.data.audio.url} is unknown, so times were not checked against it.`);

    const source = readSource(root, flags.file, 'transcript file');
    if (source.warning) warnings.push(source.warning);
    const transcript = convertTranscript(source.text, {
      fileName: flags.file,
      duration,
      knownSpeakers: namesToRecognize(people, speakerNames),
    });
    warnings.push(...transcript.warnings.map((line) => `${flags.file}: ${line}`));

    const section = findTranscriptSection(fileText, format)!;
    let chapters: readonly PlacedChapter[];
    let chapterSource: string;
    if (flags.chapters) {
      const read = chaptersFromFile(root, flags.chapters, duration, warnings);
      chapters = read.chapters;
      chapterSource = `${CHAPTER_FORMAT_NAMES[read.format]} from ${flags.chapters}`;
    } else if (section.chapters.length > 0) {
      chapters = section.chapters;
      chapterSource = "the episode's chapter headings";
    } else {
      chapters = transcript.chapters;
      chapterSource = 'the transcript file';
    }

    if (!flags.force && (section.state === 'edited by hand' || section.state === 'written by hand')) {
      const what = section.state === 'edited by hand' ? 'was edited by hand after it was converted' : 'was written by hand';
      throw new Refusal(
        `${file}:${section.line}: the transcript ${what}; nothing was written. Run again with --force to replace it (your changes to it are lost).`,
      );
    }
    const markdown = transcriptMarkdown(transcript, { speakerNames, chapters });
    const heading = createTranslator(interfaceLanguageOf(settings).language)('transcript.sectionHeading');
    const converted = withTranscript(section, markdown, { format, heading });
    checkAsTheBuildWill(file, converted, format, duration);

    const speakers = speakerLines(transcript, speakerNames, people);
    warnings.push(...speakers.warnings);
    const first = transcript.paragraphs[0]!;
    const last = transcript.paragraphs.at(-1)!;
    const verb = flags.dryRun ? 'Would convert' : 'Converted';
    if (flags.dryRun) log(converted.slice(section.before.replace(/\s+$/, '').length).trim());
    log(
      `${flags.dryRun ? '\n' : ''}${verb} ${flags.file} (${TRANSCRIPT_FORMAT_NAMES[transcript.format]}) into ${file}: ` +
        `${transcript.paragraphs.length} ${transcript.paragraphs.length === 1 ? 'paragraph' : 'paragraphs'} from ${clock(first.start)} to ${clock(last.start)}, ` +
        `${chapters.length} chapters${chapters.length > 0 ? ` (${chapterSource})` : ''}.`,
    );
    log(`Speakers: ${speakers.summary}.`);
    for (const warning of warnings) log(`warning ${warning}`);
    if (flags.dryRun) {
      log('Dry run: nothing written.');
    } else if (converted === fileText) {
      log(`${file} already holds exactly this transcript; nothing changed.`);
    } else {
      writeFileAtomic(join(root, file), converted);
      if (section.state === 'edited by hand' || section.state === 'written by hand')
        log(`Replaced the transcript ${section.state} (--force).`);
    }
    return 0;
  } catch (error) {
    if (error instanceof Refusal) {
      log(error.message);
      return error.code;
    }
    if (error instanceof TranscriptFileError || error instanceof SettingsError) {
      log(`${error.message}\nNothing was written.`);
      return 1;
    }
    if (error instanceof SpeakerOptionError) {
      log(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
