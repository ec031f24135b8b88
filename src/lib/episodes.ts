import { existsSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readAudioFacts, type AudioFacts } from './audio-facts';
import { publicFile } from './base/public-path';
import { byNewestFirst, isPublished } from './published';

export interface EpisodeAudio {
  /** As written in the frontmatter: a path under public/ or an https:// address. */
  url: string;
  bytes: number;
  type: string;
  /** Whole seconds. */
  duration: number;
  isLocal: boolean;
}

export interface Episode {
  slug: string;
  /** The source file, relative to the project root, for error messages. */
  file: string;
  data: CollectionEntry<'episodes'>['data'];
  audio: EpisodeAudio;
  entry: CollectionEntry<'episodes'>;
}

export class EpisodeContentError extends Error {
  override name = 'EpisodeContentError';
}

const factsByPath = new Map<string, Promise<AudioFacts>>();

async function resolveAudio(entry: CollectionEntry<'episodes'>, file: string): Promise<EpisodeAudio> {
  const { url, bytes, type, duration } = entry.data.audio;
  if (/^https?:\/\//i.test(url)) {
    return { url, bytes: bytes!, type, duration: Math.round(duration!), isLocal: false };
  }
  const path = publicFile(url);
  if (!existsSync(path)) {
    throw new EpisodeContentError(
      `${file}: audio.url: the file public${decodeURI(url)} does not exist; put the audio file there or use an https:// address.`,
    );
  }
  let facts = factsByPath.get(path);
  if (!facts) {
    facts = readAudioFacts(path);
    factsByPath.set(path, facts);
  }
  const measured = await facts.catch((error: Error) => {
    throw new EpisodeContentError(`${file}: audio.url: public${decodeURI(url)} could not be read as audio (${error.message}).`);
  });
  const seconds = duration ?? measured.duration;
  if (seconds === undefined) {
    throw new EpisodeContentError(
      `${file}: audio.duration: the duration could not be read from public${decodeURI(url)}; write it as hh:mm:ss.`,
    );
  }
  return { url, bytes: measured.bytes, type, duration: Math.round(seconds), isLocal: true };
}

let published: Promise<Episode[]> | undefined;

/**
 * Every published episode, newest first, with audio facts filled in.
 * The single place that decides what listeners see; drafts and future dates stay out.
 */
export function getPublishedEpisodes(): Promise<Episode[]> {
  published ??= loadPublished(new Date());
  return published;
}

async function loadPublished(now: Date): Promise<Episode[]> {
  const all = await getCollection('episodes');
  const entries = all.filter(({ data }) => isPublished(data, now));
  const episodes = await Promise.all(
    entries.map(async (entry) => {
      const file = entry.filePath ?? `content/episodes/${entry.id}`;
      return { slug: entry.id, file, data: entry.data, audio: await resolveAudio(entry, file), entry };
    }),
  );
  return episodes.sort(byNewestFirst);
}

export async function getEpisode(slug: string): Promise<Episode | undefined> {
  return (await getPublishedEpisodes()).find((episode) => episode.slug === slug);
}
