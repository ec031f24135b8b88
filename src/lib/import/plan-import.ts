import { basename } from 'node:path';
import { parse } from 'yaml';
import { episodeFromItem, missingAudioFields, slugBaseOf, type AudioField, type ImportedEpisode } from './episode-from-item';
import { contentHash, importRecordOf, isEditedByHand, parseEpisodeText, renderEpisodeText, type EpisodeText } from './episode-file';
import { parsePodcastFeed } from './podcast-feed';
import type { AudioProbe } from './remote-audio';
import { appleCategoriesOf, categoriesOf, fillSettings, previousFeedUrlOf, settingsFromFeed, showArtworkOf } from './settings-from-feed';

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
}

export interface ImportInput {
  xml: string;
  /** The feed URL or file the podcaster named. */
  source: string;
  existing: readonly ExistingFile[];
  settings: ExistingFile;
  /** Asks the audio host for facts the feed left out; without it the import stays offline. */
  probe?: AudioProbe | undefined;
  episodesDir?: string;
}

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

function numbersIn(existing: readonly ExistingFile[], episodes: readonly ImportedEpisode[]): number[] {
  const fromFiles = existing.map(({ text }) => parseEpisodeText(text)?.frontmatter.episode).filter((n): n is number => typeof n === 'number');
  return [...fromFiles, ...episodes.flatMap(({ episode }) => (episode ? [episode] : []))];
}

const TODO_BY_FIELD: Record<AudioField, string> = {
  bytes: 'bytes (the exact file size)',
  type: 'type (the MIME type, like audio/mpeg)',
  duration: 'duration (hh:mm:ss)',
};

function audioTodo(missing: readonly AudioField[], url: string): string[] {
  const lines: string[] = [];
  if (missing.length) {
    lines.push(`TODO: the old feed did not say ${missing.map((field) => TODO_BY_FIELD[field]).join(', ')} and the host could not be asked.`);
    lines.push('Download the file and run: npm run audio -- <file>, then add the values below (or run the import again online).');
  }
  if (!url.startsWith('https://')) lines.push('TODO: the audio is served over plain http; change audio.url to its https:// address.');
  return lines;
}

function frontmatterOf(episode: ImportedEpisode): Record<string, unknown> {
  const audio = Object.fromEntries(Object.entries(episode.audio).filter(([, value]) => value !== undefined));
  const fields: Record<string, unknown> = {
    title: episode.title,
    episode: episode.episode,
    season: episode.season,
    published: episode.published,
    summary: episode.summary,
    audio,
    links: episode.links.length ? episode.links : undefined,
    guid: episode.guid,
    type: episode.type,
    explicit: episode.explicit,
    image: episode.image,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

export async function planImport(input: ImportInput): Promise<ImportPlan> {
  const dir = input.episodesDir ?? 'content/episodes';
  const { channel, items } = parsePodcastFeed(input.xml, input.source);
  const plan: ImportPlan = { writes: [], created: [], updated: [], unchanged: [], kept: [], skipped: [], warnings: [], settingsFilled: [] };
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
      plan.skipped.push(`"${result.episode.title}": repeats the guid ${result.episode.guid} of an earlier item, skipped (apps treat both as one episode)`);
      continue;
    }
    guids.add(result.episode.guid);
    episodes.push(result.episode);
  }

  const index = indexExisting(input.existing);
  const matchOf = (episode: ImportedEpisode) => index.get(`guid:${episode.guid}`) ?? index.get(`url:${episode.audio.url}`);
  numberFullEpisodes(episodes, numbersIn(input.existing, episodes), matchOf, plan.warnings);

  const taken = new Set(input.existing.map(({ path }) => basename(path).replace(/\.mdx?$/, '')));
  for (const episode of episodes.sort((a, b) => a.published.localeCompare(b.published))) {
    const match = matchOf(episode);
    if (match && isEditedByHand(match.parsed)) {
      plan.kept.push(match.file.path);
      continue;
    }
    await fillAudioFacts(episode, input.probe, plan.warnings);
    const frontmatter = frontmatterOf(episode);
    const hash = contentHash({ frontmatter, body: episode.body });
    const missing = missingAudioFields(episode.audio);
    const text = renderEpisodeText(
      { frontmatter: { ...frontmatter, imported: { source: recordSource, hash } }, body: episode.body },
      { commentsBefore: { audio: audioTodo(missing, episode.audio.url) } },
    );
    if (!match) {
      const path = `${dir}/${uniqueSlug(slugBaseOf(episode.title, episode.guid), taken)}.md`;
      plan.writes.push({ path, text, action: 'create' });
      plan.created.push(path);
    } else if (importRecordOf(match.parsed.frontmatter)?.hash === hash) {
      plan.unchanged.push(match.file.path);
    } else {
      plan.writes.push({ path: match.file.path, text, action: 'update' });
      plan.updated.push(match.file.path);
    }
    if (missing.length) plan.warnings.push(`"${episode.title}": audio ${missing.join(', ')} unknown; a TODO is in the file and the build will stop until it is filled in`);
    if (!episode.audio.url.startsWith('https://')) plan.warnings.push(`"${episode.title}": audio is served over http; a TODO is in the file`);
  }

  const offered = settingsFromFeed(channel, input.source);
  const settings = fillSettings(input.settings.text, offered);
  const current = settingValue(input.settings.text, 'previousFeedUrl');
  if (typeof current === 'string' && offered.previousFeedUrl && current !== offered.previousFeedUrl) {
    plan.warnings.push(`${input.settings.path}: previousFeedUrl is already ${current}; kept it (the feed says ${String(offered.previousFeedUrl)})`);
  }
  const { dropped } = appleCategoriesOf(categoriesOf(channel.itunes?.categories));
  if (dropped.length) plan.warnings.push(`${input.settings.path}: categories: ${dropped.map((name) => `"${name}"`).join(', ')} not Apple Podcasts categories, left out`);
  if (!offered.owner && !hasOwnerEmail(input.settings.text)) {
    plan.warnings.push(`${input.settings.path}: owner: the feed names no owner e-mail; write yours there (Apple and Spotify send verification codes to it)`);
  }
  if (!offered.previousFeedUrl) plan.warnings.push(`${input.settings.path}: previousFeedUrl: the feed does not name its own address; write the old feed URL there by hand`);
  if (settings.filled.length) {
    plan.writes.push({ path: input.settings.path, text: settings.text, action: 'update' });
    plan.settingsFilled = settings.filled;
  }
  return plan;
}

/**
 * The schema needs a number for every full episode. Already imported episodes
 * keep theirs; new ones without a number continue after the highest number in
 * use, oldest first, so numbers never collide and a re-run assigns the same ones.
 */
function numberFullEpisodes(
  episodes: ImportedEpisode[],
  numbersInUse: readonly number[],
  matchOf: (episode: ImportedEpisode) => Match | undefined,
  warnings: string[],
): void {
  const unnumbered = episodes.filter((episode) => episode.type === 'full' && episode.episode === undefined);
  if (!unnumbered.length) return;
  let next = Math.max(0, ...numbersInUse) + 1;
  const assigned: string[] = [];
  for (const episode of [...unnumbered].sort((a, b) => a.published.localeCompare(b.published))) {
    const kept = matchOf(episode)?.parsed.frontmatter.episode;
    episode.episode = typeof kept === 'number' ? kept : next++;
    assigned.push(`${episode.episode} "${episode.title}"`);
  }
  warnings.push(`${assigned.length} full episode(s) had no itunes:episode number and were numbered by date: ${assigned.slice(0, 5).join(', ')}${assigned.length > 5 ? ', …' : ''}`);
}

async function fillAudioFacts(episode: ImportedEpisode, probe: AudioProbe | undefined, warnings: string[]): Promise<void> {
  const missing = missingAudioFields(episode.audio);
  if (!missing.length || !probe) return;
  try {
    Object.assign(episode.audio, await probe(episode.audio.url, missing));
  } catch (error) {
    warnings.push(`"${episode.title}": could not ask ${episode.audio.url} for ${missing.join(', ')} (${(error as Error).message})`);
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

function hasOwnerEmail(text: string): boolean {
  const owner = settingValue(text, 'owner') as { email?: unknown } | undefined;
  return typeof owner?.email === 'string' && owner.email.trim() !== '';
}
