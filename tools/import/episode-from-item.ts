import type { RssFeed } from 'feedsmith';
import { parseDuration } from '../../src/lib/base/duration.ts';
import { slugify } from '../../src/lib/base/slug.ts';
import { chapterHeadings, convertNotes, summaryOf, type NoteLink } from './notes.ts';

/**
 * One feed item → one episode file's frontmatter and body. Everything a podcast
 * app uses to recognise an episode (guid, audio URL, date) is kept exactly.
 */

export type FeedItem = RssFeed.Item<string>;

export const AUDIO_TYPES = [
  'audio/mpeg',
  'audio/mp4',
  'audio/x-m4a',
  'audio/aac',
  'audio/ogg',
  'audio/opus',
  'audio/wav',
  'audio/flac',
] as const;
export type AudioType = (typeof AUDIO_TYPES)[number];
export type AudioField = 'bytes' | 'type' | 'duration';

export interface ImportedAudio {
  url: string;
  bytes?: number | undefined;
  type?: AudioType | undefined;
  duration?: number | undefined;
}

export interface ImportedEpisode {
  guid: string;
  title: string;
  /** Number as the feed says; the importer numbers full episodes that have none. */
  episode: number | undefined;
  season: number | undefined;
  published: string;
  summary: string;
  audio: ImportedAudio;
  links: NoteLink[];
  type: 'full' | 'trailer' | 'bonus';
  explicit: boolean;
  /** The episode's own artwork at the old host; the plan downloads it and writes the local path. */
  imageUrl: string | undefined;
  body: string;
}

export type ItemResult = { ok: true; episode: ImportedEpisode } | { ok: false; reason: string };

/** Aliases hosts write for the types the site knows. */
const TYPE_ALIASES: Record<string, AudioType> = {
  'audio/mp3': 'audio/mpeg',
  'audio/mpeg3': 'audio/mpeg',
  'audio/x-mp3': 'audio/mpeg',
  'audio/x-mpeg': 'audio/mpeg',
  'audio/m4a': 'audio/x-m4a',
  'audio/x-aac': 'audio/aac',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/x-flac': 'audio/flac',
  'audio/vorbis': 'audio/ogg',
};

const TYPE_BY_EXTENSION: Record<string, AudioType> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/x-m4a',
  mp4: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/opus',
  wav: 'audio/wav',
  flac: 'audio/flac',
};

/** The site's MIME type for an enclosure, from its type attribute or else its file extension. */
export function audioTypeOf(type: string | undefined, url: string): AudioType | undefined {
  const declared = (type ?? '').trim().toLowerCase().split(';')[0]!.trim();
  if ((AUDIO_TYPES as readonly string[]).includes(declared)) return declared as AudioType;
  if (TYPE_ALIASES[declared]) return TYPE_ALIASES[declared];
  if (declared && !declared.startsWith('audio/') && declared !== 'application/octet-stream') return undefined;
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return extension ? TYPE_BY_EXTENSION[extension] : undefined;
}

/** Whether an enclosure is audio at all (video and PDF enclosures are not episodes for this site). */
export function isAudioEnclosure(type: string | undefined, url: string): boolean {
  const declared = (type ?? '').trim().toLowerCase();
  if (declared.startsWith('audio/')) return true;
  return audioTypeOf(type, url) !== undefined;
}

/**
 * The guid exactly as the old host wrote it; apps fall back to the enclosure URL
 * when it is empty, so the importer does the same to keep the episode known.
 * @see https://www.rssboard.org/rss-specification#ltguidgtSubelementOfLtitemgt
 */
export function guidOf(item: FeedItem, enclosureUrl: string): string {
  const value = item.guid?.value;
  return value !== undefined && String(value).trim() !== '' ? String(value) : enclosureUrl;
}

/** Seconds from `itunes:duration`, whichever way it was written. */
export function durationOf(value: number | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = parseDuration(value);
  return seconds !== undefined && seconds > 0 ? Math.round(seconds) : undefined;
}

/**
 * `itunes:explicit`: Apple accepts true/false and, historically, yes/explicit
 * and no/clean. Anything else counts as not explicit.
 * @see https://podcasters.apple.com/support/823-podcast-requirements
 */
export function explicitOf(value: boolean | string | undefined): boolean {
  if (typeof value === 'boolean') return value;
  return ['true', 'yes', 'explicit'].includes((value ?? '').trim().toLowerCase());
}

export function episodeTypeOf(value: string | undefined): 'full' | 'trailer' | 'bonus' {
  const type = (value ?? '').trim().toLowerCase();
  return type === 'trailer' || type === 'bonus' ? type : 'full';
}

/** A positive whole number from the feed, or nothing. */
export function positiveNumberOf(value: number | string | undefined): number | undefined {
  const number = typeof value === 'string' ? Number(value.trim()) : value;
  return number !== undefined && Number.isInteger(number) && number > 0 ? number : undefined;
}

/** RFC 822 dates from the feed as ISO 8601 in UTC, which the episode schema reads unchanged. */
export function publishedOf(pubDate: string | undefined): string | undefined {
  if (!pubDate?.trim()) return undefined;
  const date = new Date(pubDate.trim());
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}

/** The item's artwork when it is a web address and not just the show's cover again. */
export function imageOf(itemImage: string | undefined, showImage: string | undefined): string | undefined {
  const image = itemImage?.trim();
  return image && /^https?:\/\/\S+$/i.test(image) && image !== showImage ? image : undefined;
}

const TRANSCRIPT_FORMATS: Record<string, string> = {
  'text/vtt': 'WebVTT',
  'application/srt': 'SRT',
  'application/x-subrip': 'SRT',
  'text/srt': 'SRT',
  'text/html': 'HTML',
  'text/plain': 'Text',
  'application/json': 'JSON',
};

/**
 * `podcast:transcript` links become "Weiterführende Links", so listeners still find
 * the transcripts the old host published.
 * @see https://podcasting2.org/docs/podcast-namespace/tags/transcript
 */
export function transcriptLinks(transcripts: readonly { url?: string | undefined; type?: string | undefined }[] | undefined): NoteLink[] {
  return (transcripts ?? [])
    .flatMap(({ url, type }) => (url && /^https?:\/\/\S+$/.test(url) ? [{ url, type }] : []))
    .map(({ url, type }) => {
      const format = TRANSCRIPT_FORMATS[(type ?? '').toLowerCase()];
      return { title: format ? `Transkript (${format})` : 'Transkript', url };
    });
}

/** The base of the file name: the title as an ASCII slug, cut at a word near 60 characters. */
export function slugBaseOf(title: string, fallback: string): string {
  const slug = slugify(title);
  if (!slug) return slugify(fallback) || 'folge';
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
}

/** Maps one item; items the site cannot publish come back with the reason. */
export function episodeFromItem(item: FeedItem, show: { image?: string | undefined }): ItemResult {
  const title = (item.itunes?.title ?? item.title ?? '').replace(/\s+/g, ' ').trim();
  const label = title ? `"${title}"` : `item with guid ${item.guid?.value ?? '(none)'}`;
  const enclosure = item.enclosures?.find((candidate) => candidate.url?.trim() && isAudioEnclosure(candidate.type, candidate.url.trim()));
  if (!enclosure?.url) return { ok: false, reason: `${label}: no audio enclosure, skipped` };
  if (!title) return { ok: false, reason: `${label}: no title, skipped` };
  const published = publishedOf(item.pubDate);
  if (!published) return { ok: false, reason: `${label}: no readable pubDate, skipped (the date must stay as it was)` };

  const url = enclosure.url.trim();
  const notesHtml = item.content?.encoded?.trim() || item.description?.trim() || item.itunes?.summary?.trim() || '';
  const notes = convertNotes(notesHtml);
  const chapters = chapterHeadings(item.psc?.chapters ?? []);
  const summarySource = item.itunes?.subtitle && item.itunes.subtitle.trim() !== title ? item.itunes.subtitle : '';
  const summary = summaryOf(item.itunes?.summary ?? item.description ?? '') || summaryOf(summarySource) || summaryOf(notesHtml) || title;
  const seenLinks = new Set<string>();
  const links = [...notes.links, ...transcriptLinks(item.podcast?.transcripts)].filter(
    ({ url: href }) => !seenLinks.has(href) && Boolean(seenLinks.add(href)),
  );

  return {
    ok: true,
    episode: {
      guid: guidOf(item, url),
      title,
      episode: positiveNumberOf(item.itunes?.episode),
      season: positiveNumberOf(item.itunes?.season),
      published,
      summary,
      audio: {
        url,
        bytes: positiveNumberOf(enclosure.length),
        type: audioTypeOf(enclosure.type, url),
        duration: durationOf(item.itunes?.duration),
      },
      links,
      type: episodeTypeOf(item.itunes?.episodeType),
      explicit: explicitOf(item.itunes?.explicit),
      imageUrl: imageOf(item.itunes?.image, show.image),
      body: [notes.markdown, chapters].filter(Boolean).join('\n\n'),
    },
  };
}

/** Which audio facts the feed left out and the schema needs for audio hosted elsewhere. */
export function missingAudioFields(audio: ImportedAudio): AudioField[] {
  return (['bytes', 'type', 'duration'] as const).filter((field) => audio[field] === undefined);
}
