import { basename } from 'node:path';
import { parse } from 'yaml';
import { uniqueSlug } from '../../src/lib/base/slug.ts';
import { createTranslator, interfaceLanguageOf } from '../../src/i18n/translate.ts';
import { episodeSchema } from '../../src/schemas/episode.ts';
import { describeIssues } from '../../src/lib/validation-message.ts';
import { episodeFromItem, missingAudioFields, slugBaseOf, type AudioField, type ImportedEpisode } from './episode-from-item.ts';
import { chaptersFromFile, episodeBody, readTranscript, transcriptsByPreference, usableChapters } from './episode-body.ts';
import { contentHash, importRecordOf, isEditedByHand, parseEpisodeText, renderEpisodeText, type EpisodeText } from './episode-file.ts';
import { fieldsWithReplacement } from './decode-feed.ts';
import type { ImageStore, LocalImage } from './images.ts';
import { DownloadError, mapConcurrently } from './network.ts';
import { parsePodcastFeed, type PodcastFeed } from './podcast-feed.ts';
import type { AudioProbe } from './remote-audio.ts';
import {
  appleCategoriesOf,
  categoriesOf,
  fillSettings,
  previousFeedUrlOf,
  settingsFromFeed,
  settingsProblems,
  showArtworkOf,
  uncarriedTags,
} from './settings-from-feed.ts';

/**
 * Decides every change an import makes, without touching the disk, so a dry run
 * and a real run report exactly the same thing.
 */

export interface ExistingFile {
  /** Relative to the project root, like `content/episodes/folge.md`. */
  path: string;
  text: string;
}

export interface PlannedWrite {
  path: string;
  text: string;
  action: 'create' | 'update';
}

export interface ImportPlan {
  writes: PlannedWrite[];
  created: string[];
  updated: string[];
  /** Files already imported and unchanged in the feed. */
  unchanged: string[];
  /** Files edited by hand (or written by hand), which the importer never overwrites. */
  kept: string[];
  /** Feed items that did not become episodes. */
  skipped: string[];
  warnings: string[];
  settingsFilled: string[];
  /** Tags of the old feed the site does not write, each with where it was found. */
  notCarried: string[];
}

/** Reads a small file (chapters, transcript) at a web address; throws `DownloadError` when it cannot. */
export type ReadRemote = (url: string, accept: string) => Promise<string>;

export interface ImportInput {
  xml: string;
  /** The feed URL or file the podcaster named. */
  source: string;
  existing: readonly ExistingFile[];
  settings: ExistingFile;
  /** Asks the audio host for facts the feed left out; without it the import stays offline. */
  probe?: AudioProbe | undefined;
  /** Makes artwork local; without it no image is imported, and each left out is a warning. */
  images?: ImageStore | undefined;
  /** Reads `podcast:chapters` and `podcast:transcript` files; without it they are kept as tags. */
  read?: ReadRemote | undefined;
  /** The bytes of an image under public/ (or about to be), to check the cover the build will measure. */
  imageBytes?: ((path: string) => Uint8Array | undefined) | undefined;
  /** The feed's encoding, when some of its bytes were not valid in it. */
  invalidBytesIn?: string | undefined;
  episodesDir?: string;
  /** A fresh start (`--fresh`): show settings the feed leaves empty are removed rather than left empty. */
  fresh?: boolean | undefined;
}

/** Requests to audio and image hosts at once: enough to hide latency, few enough not to look like an attack. */
export const CONCURRENT_REQUESTS = 4;

interface Match {
  file: ExistingFile;
  parsed: EpisodeText;
}

function indexExisting(existing: readonly ExistingFile[]): Map<string, Match> {
  const index = new Map<string, Match>();
  for (const file of existing) {
    const parsed = parseEpisodeText(file.text);
    if (!parsed) continue;
    const { guid, audio } = parsed.frontmatter as { guid?: unknown; audio?: { url?: unknown } };
    if (guid !== undefined && guid !== null) index.set(`guid:${String(guid)}`, { file, parsed });
    if (typeof audio?.url === 'string') index.set(`url:${audio.url}`, { file, parsed });
  }
  return index;
}

/** Season and number of a full episode, the pair the site requires to be unique. */
const numberKey = (season: unknown, episode: unknown) => `${typeof season === 'number' ? season : ''}:${String(episode)}`;

const TODO_BY_FIELD: Record<AudioField, string> = {
  bytes: 'bytes (the exact file size)',
  type: 'type (the MIME type, like audio/mpeg)',
  duration: 'duration (hh:mm:ss)',
};

function audioTodo(missing: readonly AudioField[]): string[] {
  if (!missing.length) return [];
  return [
    `TODO: the old feed did not say ${missing.map((field) => TODO_BY_FIELD[field]).join(', ')} and the host could not be asked.`,
    'Download the file and run: npm run audio -- <file>, then add the values below (or run the import again online).',
  ];
}

/** What an episode becomes in its file, after the plan read its chapters and transcript. */
interface Assembled {
  body: string;
  notesOnly: boolean;
  podcast: ImportedEpisode['podcast'];
}

function frontmatterOf(episode: ImportedEpisode, assembled: Assembled, image: string | undefined): Record<string, unknown> {
  const audio = Object.fromEntries(Object.entries(episode.audio).filter(([, value]) => value !== undefined));
  const fields: Record<string, unknown> = {
    title: episode.title,
    feedTitle: episode.feedTitle,
    episode: episode.episode,
    season: episode.season,
    published: episode.published,
    summary: episode.summary,
    audio,
    links: episode.links.length ? episode.links : undefined,
    guid: episode.guid,
    guidIsPermaLink: episode.guidIsPermaLink,
    type: episode.type,
    explicit: episode.explicit,
    image,
    notesOnly: assembled.notesOnly || undefined,
    podcast: Object.keys(assembled.podcast).length ? assembled.podcast : undefined,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

const CHAPTER_TYPES = 'application/json+chapters, application/json;q=0.9, */*;q=0.1';
const TRANSCRIPT_TYPES = 'text/vtt, application/x-subrip, application/json, text/html;q=0.8, text/plain;q=0.7, */*;q=0.1';

const reasonOf = (error: unknown) => (error instanceof DownloadError ? error.reason : (error as Error).message);

/**
 * Reads the episode's chapters file and transcript, when the feed names them
 * and the import may ask the network, and puts the body together. What cannot
 * be read stays a tag of the feed, as the old host wrote it.
 */
async function assemble(
  episode: ImportedEpisode,
  read: ReadRemote | undefined,
  transcriptHeading: string,
  warnings: string[],
): Promise<Assembled> {
  const label = `"${episode.title}"`;
  const podcast = { ...episode.podcast };
  const duration = episode.audio.duration;
  let chapters = episode.chapters;
  if (episode.chaptersFile) {
    const file = episode.chaptersFile;
    try {
      if (!read) throw new Error('not read in this run (--offline)');
      const fromFile = chaptersFromFile(await read(file.url, CHAPTER_TYPES));
      if (fromFile.length) chapters = fromFile;
    } catch (error) {
      if (!chapters.length) podcast.chapters = { url: file.url, type: file.type };
      warnings.push(
        `${label}: chapters ${file.url} could not be read (${reasonOf(error)}); ${chapters.length ? 'the Podlove chapters of the item are used' : 'the feed names the file as before'}`,
      );
    }
  }
  const usable = usableChapters(chapters, duration);
  if (usable.left.length) warnings.push(`${label}: chapters left out: ${usable.left.join('; ')}`);

  let transcript: Awaited<ReturnType<typeof readTranscript>> | undefined;
  const failures: string[] = [];
  const knownSpeakers = (podcast.persons ?? []).map((person) => person.name);
  for (const file of transcriptsByPreference(episode.transcriptFiles)) {
    if (!read) {
      failures.push(`${file.url}: not read in this run (--offline)`);
      break;
    }
    try {
      const reading = readTranscript(await read(file.url, TRANSCRIPT_TYPES), file, {
        duration,
        knownSpeakers,
        chapterStarts: usable.chapters.map(({ start }) => start),
      });
      if (reading.ok) {
        transcript = reading;
        const language = file.language?.toLowerCase();
        const others = episode.transcriptFiles.filter((other) => other.language && other.language.toLowerCase() !== language);
        if (others.length) podcast.transcripts = others;
        for (const note of reading.transcript.warnings) warnings.push(`${label}: transcript ${file.url}: ${note}`);
        break;
      }
      failures.push(reading.reason);
    } catch (error) {
      failures.push(`${file.url}: ${reasonOf(error)}`);
    }
  }
  if (episode.transcriptFiles.length && !transcript?.ok) {
    podcast.transcripts = episode.transcriptFiles;
    warnings.push(
      `${label}: no transcript could be made the episode's own (${failures.join('; ')}); the feed names the old files as before`,
    );
  }
  const converted = transcript?.ok ? transcript.transcript : undefined;
  return {
    body: episodeBody({ notes: episode.notes, chapters: usable.chapters, transcript: converted, transcriptHeading }),
    notesOnly: !converted,
    podcast,
  };
}

export async function planImport(input: ImportInput): Promise<ImportPlan> {
  const dir = input.episodesDir ?? 'content/episodes';
  const feed = parsePodcastFeed(input.xml, input.source);
  const { channel, items } = feed;
  const plan: ImportPlan = {
    writes: [],
    created: [],
    updated: [],
    unchanged: [],
    kept: [],
    skipped: [],
    warnings: [],
    settingsFilled: [],
    notCarried: uncarriedTags(feed),
  };
  if (input.invalidBytesIn) plan.warnings.push(...invalidBytesWarnings(feed, input.invalidBytesIn));
  const showImage = showArtworkOf(channel);
  const recordSource = previousFeedUrlOf(channel, input.source) ?? basename(input.source);

  const episodes: ImportedEpisode[] = [];
  const guids = new Set<string>();
  for (const item of items) {
    const result = episodeFromItem(item, { image: showImage });
    if (!result.ok) {
      plan.skipped.push(result.reason);
      continue;
    }
    if (guids.has(result.episode.guid)) {
      plan.skipped.push(
        `"${result.episode.title}": repeats the guid ${result.episode.guid} of an earlier item, skipped (apps treat both as one episode)`,
      );
      continue;
    }
    guids.add(result.episode.guid);
    episodes.push(result.episode);
  }

  const index = indexExisting(input.existing);
  const matchOf = (episode: ImportedEpisode) => index.get(`guid:${episode.guid}`) ?? index.get(`url:${episode.audio.url}`);
  numberFullEpisodes(episodes, input.existing, matchOf, plan.warnings);

  const taken = new Set(input.existing.map(({ path }) => basename(path).replace(/\.mdx?$/, '')));
  const refreshed: { episode: ImportedEpisode; match: Match | undefined }[] = [];
  for (const episode of episodes.sort((a, b) => a.published.localeCompare(b.published))) {
    const match = matchOf(episode);
    if (match && isEditedByHand(match.parsed)) plan.kept.push(match.file.path);
    else refreshed.push({ episode, match });
  }
  const transcriptHeading = createTranslator(interfaceLanguageOf({ language: channel.language?.trim() || 'de' }).language)(
    'transcript.sectionHeading',
  );
  // One task per episode, at most four at once: the audio facts first, since the transcript is checked against the duration.
  const prepared = await mapConcurrently(refreshed, CONCURRENT_REQUESTS, async ({ episode }) => {
    const warnings: string[] = [];
    const probeProblem = await fillAudioFacts(episode, input.probe);
    if (probeProblem) warnings.push(probeProblem);
    const assembled = await assemble(episode, input.read, transcriptHeading, warnings);
    const image = await localImage(episode.imageUrl, input.images);
    if (image && 'problem' in image) warnings.push(`"${episode.title}": image ${episode.imageUrl} left out (${image.problem})`);
    return { assembled, image: image && 'path' in image ? image.path : undefined, warnings };
  });

  refreshed.forEach(({ episode, match }, position) => {
    const { assembled, image, warnings } = prepared[position]!;
    plan.warnings.push(...episode.warnings, ...warnings);
    const frontmatter = frontmatterOf(episode, assembled, image);
    const hash = contentHash({ frontmatter, body: assembled.body });
    const missing = missingAudioFields(episode.audio);
    const record = { ...frontmatter, imported: { source: recordSource, hash } };
    const text = renderEpisodeText({ frontmatter: record, body: assembled.body }, { commentsBefore: { audio: audioTodo(missing) } });
    let path: string;
    if (!match) {
      const slug = uniqueSlug(slugBaseOf(episode.title, episode.guid), taken);
      taken.add(slug);
      path = `${dir}/${slug}.md`;
      plan.writes.push({ path, text, action: 'create' });
      plan.created.push(path);
    } else if (importRecordOf(match.parsed.frontmatter)?.hash === hash) {
      path = match.file.path;
      plan.unchanged.push(path);
    } else {
      path = match.file.path;
      plan.writes.push({ path, text, action: 'update' });
      plan.updated.push(path);
    }
    if (missing.length)
      plan.warnings.push(
        `"${episode.title}": audio ${missing.join(', ')} unknown; a TODO is in the file and the build will stop until it is filled in`,
      );
    if (/^http:/i.test(episode.audio.url))
      plan.warnings.push(
        `"${episode.title}": the audio is served over plain http; kept as it is (apps know the episode by this address), but browsers may refuse to play it on an https page, so ask the host for its https address`,
      );
    if (episode.audio.bytes === 0)
      plan.warnings.push(`"${episode.title}": the old feed gives the audio size as 0; kept as it is, so apps see the same enclosure`);
    if (!missing.length) {
      const checked = episodeSchema.safeParse(record);
      if (!checked.success) plan.warnings.push(...describeIssues(path, checked.error.issues, record).split('\n'));
    }
  });

  const artwork = await showArtwork(showImage, input, plan.warnings);
  const offered = settingsFromFeed(channel, input.source, artwork, plan.warnings);
  const settings = fillSettings(input.settings.text, offered, { fresh: input.fresh });
  const current = settingValue(input.settings.text, 'previousFeedUrl');
  if (typeof current === 'string' && offered.previousFeedUrl && current !== offered.previousFeedUrl) {
    plan.warnings.push(
      `${input.settings.path}: previousFeedUrl is already ${current}; kept it (the feed says ${String(offered.previousFeedUrl)})`,
    );
  }
  const { dropped } = appleCategoriesOf(categoriesOf(channel.itunes?.categories));
  if (dropped.length)
    plan.warnings.push(
      `${input.settings.path}: categories: ${dropped.map((name) => `"${name}"`).join(', ')} not Apple Podcasts categories, left out`,
    );
  if (!offered.previousFeedUrl)
    plan.warnings.push(
      `${input.settings.path}: previousFeedUrl: the feed does not name its own address; write the old feed URL there by hand`,
    );
  if (settings.text !== input.settings.text) plan.writes.push({ path: input.settings.path, text: settings.text, action: 'update' });
  plan.settingsFilled = settings.filled;
  // A field a warning above already explains is not explained twice.
  const explained = new Set(plan.warnings.map((warning) => warning.split(': ', 3).slice(0, 2).join(': ')));
  plan.warnings.push(
    ...settingsProblems(settings.text, input.settings.path, input.imageBytes).filter(
      (problem) => !explained.has(problem.split(': ', 3).slice(0, 2).join(': ')),
    ),
  );
  return plan;
}

function localImage(url: string | undefined, images: ImageStore | undefined): Promise<LocalImage | undefined> {
  if (!url) return Promise.resolve(undefined);
  return images ? images(url) : Promise.resolve({ problem: 'images are not downloaded in this run' });
}

/** The show's cover, made local only when the settings have none yet: a filled field is never replaced. */
async function showArtwork(url: string | undefined, input: ImportInput, warnings: string[]): Promise<string | undefined> {
  const written = settingValue(input.settings.text, 'artwork');
  if (!url || (typeof written === 'string' && written.trim())) return undefined;
  const image = (await localImage(url, input.images))!;
  if ('path' in image) return image.path;
  warnings.push(
    `${input.settings.path}: artwork: ${url} left out (${image.problem}); put a square JPEG or PNG of 1400 to 3000 px under public/ and write its path there`,
  );
  return undefined;
}

const NAMESPACES = /^(itunes|content|psc|podcast|atom|dc|media|googleplay|spotify)\./;

/** Every field that holds bytes the feed's encoding does not allow, named as in the feed. */
function invalidBytesWarnings({ channel, items }: PodcastFeed, encoding: string): string[] {
  const problem = (fields: string[]) =>
    `${fields.map((field) => field.replace(NAMESPACES, '$1:')).join(', ')} held bytes that are not valid ${encoding.toUpperCase()}; they show as "\uFFFD", correct the text`;
  const warnings = items.flatMap((item) => {
    const fields = fieldsWithReplacement(item);
    const title = (item.itunes?.title ?? item.title ?? '').replace(/\s+/g, ' ').trim();
    return fields.length ? [`"${title}" (guid ${item.guid?.value ?? 'none'}): ${problem(fields)}`] : [];
  });
  const channelFields = fieldsWithReplacement(channel);
  return [...(channelFields.length ? [`the feed's ${problem(channelFields)}`] : []), ...warnings];
}

/**
 * The site needs a number for every full episode, unique within its season.
 * Each keeps the number the feed gives (itunes:episode, else podcast:episode)
 * or its title leads with ("254: …", "Ep. 711"); episodes without one, and
 * later ones that repeat an earlier episode's number, continue after the
 * highest number in use, oldest first. Already imported episodes keep the
 * number their file has, so numbers never move and a re-run assigns the same ones.
 */
function numberFullEpisodes(
  episodes: ImportedEpisode[],
  existing: readonly ExistingFile[],
  matchOf: (episode: ImportedEpisode) => Match | undefined,
  warnings: string[],
): void {
  const refreshed = new Set(episodes.map((episode) => matchOf(episode)?.file.path));
  let highest = 0;
  const taken = new Set<string>();
  for (const { path, text } of existing) {
    const { episode, season, type } = parseEpisodeText(text)?.frontmatter ?? {};
    if (typeof episode !== 'number') continue;
    highest = Math.max(highest, episode);
    if (!refreshed.has(path) && (type ?? 'full') === 'full') taken.add(numberKey(season, episode));
  }
  for (const { episode } of episodes) highest = Math.max(highest, episode ?? 0);

  const fromTitle: string[] = [];
  const unnumbered: string[] = [];
  const repeated: string[] = [];
  for (const episode of episodes.filter(({ type }) => type === 'full').sort((a, b) => a.published.localeCompare(b.published))) {
    let reason = unnumbered;
    if (episode.episode !== undefined) {
      const key = numberKey(episode.season, episode.episode);
      if (!taken.has(key)) {
        taken.add(key);
        if (episode.numberFrom === 'title') fromTitle.push(`${episode.episode} "${episode.title}"`);
        continue;
      }
      reason = repeated;
    }
    const kept = matchOf(episode)?.parsed.frontmatter.episode;
    episode.episode = typeof kept === 'number' && !taken.has(numberKey(episode.season, kept)) ? kept : (highest += 1);
    taken.add(numberKey(episode.season, episode.episode));
    reason.push(`${episode.episode} "${episode.title}"`);
  }
  const list = (assigned: string[]) => `${assigned.slice(0, 5).join(', ')}${assigned.length > 5 ? ', …' : ''}`;
  if (fromTitle.length)
    warnings.push(
      `${fromTitle.length} full episode(s) had no itunes:episode number and were numbered as their titles say: ${list(fromTitle)}`,
    );
  if (unnumbered.length)
    warnings.push(`${unnumbered.length} full episode(s) had no episode number and were numbered by date: ${list(unnumbered)}`);
  if (repeated.length)
    warnings.push(
      `${repeated.length} full episode(s) repeated the number of an earlier episode in the same season and were numbered by date: ${list(repeated)}`,
    );
}

/** Asks the audio host for what the feed left out; the problem, if the host could not tell. */
async function fillAudioFacts(episode: ImportedEpisode, probe: AudioProbe | undefined): Promise<string | undefined> {
  const missing = missingAudioFields(episode.audio);
  if (!missing.length || !probe) return undefined;
  try {
    Object.assign(episode.audio, await probe(episode.audio.url, missing));
    return undefined;
  } catch (error) {
    const reason = error instanceof DownloadError ? error.reason : (error as Error).message;
    return `"${episode.title}": could not ask ${episode.audio.url} for ${missing.join(', ')} (${reason})`;
  }
}

function settingValue(text: string, key: string): unknown {
  try {
    const data = parse(text) as Record<string, unknown> | null;
    return data && typeof data === 'object' ? data[key] : undefined;
  } catch {
    return undefined;
  }
}
