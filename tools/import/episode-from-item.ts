import type { RssFeed } from 'feedsmith';
import { parseDuration } from '../../src/lib/base/duration.ts';
import { slugify } from '../../src/lib/base/slug.ts';
import type { PodcastTags } from '../../src/schemas/episode.ts';
import { webAddressSchema } from '../../src/schemas/fields.ts';
import type { FeedPerson } from '../../src/schemas/person.ts';
import { convertNotes, summaryOf, type NoteLink } from './notes.ts';

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
  /** As the old feed wrote it when that is an audio type, else what the site makes of it. */
  type?: string | undefined;
  duration?: number | undefined;
}

/** Where an episode's number came from; the importer numbers the rest by date. */
export type NumberSource = 'itunes:episode' | 'podcast:episode' | 'title';

/** A chapter from the feed: start in seconds, title as plain text. */
export interface FeedChapterMark {
  start: number;
  title: string;
}

/** A Podcasting 2.0 file the plan reads to make the episode's own chapters or transcript. */
export interface RemoteFile {
  url: string;
  type: string;
  language?: string | undefined;
  rel?: string | undefined;
}

export interface ImportedEpisode {
  guid: string;
  /** The guid's `isPermaLink` as the feed wrote it; `omitted` when it wrote none. */
  guidIsPermaLink: boolean | 'omitted' | undefined;
  title: string;
  /** The item's `<title>` when it differs from `title` (taken from `itunes:title`). */
  feedTitle: string | undefined;
  /** Number as the feed says, or as the title leads with; the importer numbers full episodes that have none. */
  episode: number | undefined;
  numberFrom: NumberSource | undefined;
  season: number | undefined;
  published: string;
  summary: string;
  audio: ImportedAudio;
  links: NoteLink[];
  type: 'full' | 'trailer' | 'bonus';
  explicit: boolean;
  /** The episode's own artwork at the old host; the plan downloads it and writes the local path. */
  imageUrl: string | undefined;
  /** Show notes as Markdown. */
  notes: string;
  /** Podlove chapters written in the item. */
  chapters: FeedChapterMark[];
  /** `podcast:chapters` and `podcast:transcript` files, read by the plan. */
  chaptersFile: RemoteFile | undefined;
  transcriptFiles: RemoteFile[];
  /** Podcasting 2.0 tags kept as they are. */
  podcast: Partial<PodcastTags>;
  /** What needed care in this item, each a sentence for the import summary. */
  warnings: string[];
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

/** An audio MIME type exactly as written, which apps know the enclosure by. */
const WRITTEN_AUDIO_TYPE = /^audio\/[a-z0-9][\w.+-]*$/i;

/**
 * The enclosure's type as the old feed wrote it when that is an audio type
 * (`audio/mp3` stays `audio/mp3`: apps saw it so), else the site's reading of
 * the declared type or the file extension.
 */
export function enclosureTypeOf(type: string | undefined, url: string): string | undefined {
  const written = (type ?? '').trim();
  return WRITTEN_AUDIO_TYPE.test(written) ? written : audioTypeOf(type, url);
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

/** The guid's `isPermaLink` as written: absent (which RSS reads as true) is kept as `omitted`. */
export function permaLinkOf(item: FeedItem): boolean | 'omitted' | undefined {
  const value = item.guid?.value;
  if (value === undefined || String(value).trim() === '') return undefined;
  return item.guid?.isPermaLink ?? 'omitted';
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

/** The enclosure's length as the feed said it, 0 included (some hosts write 0 for unknown). */
export function lengthOf(value: number | string | undefined): number | undefined {
  const number = typeof value === 'string' ? Number(value.trim()) : value;
  return number !== undefined && Number.isSafeInteger(number) && number >= 0 && String(value).trim() !== '' ? number : undefined;
}

/**
 * The number a title leads with, as hosts write it: `254: Hot Box`, `#360`,
 * `Ep. 711`, `Episode 12 -`, `Folge 12`, `Episódio 5`, `E12:`, `Nr. 3`. A bare
 * year (`2024: Rückblick`) is not taken for a number.
 */
export function titleNumberOf(title: string): number | undefined {
  const labelled =
    /^(?:#|№\s*|(?:ep(?:isode|isódio|isodio|isodi|isode)?|épisode|folge|afl(?:evering)?|odcinek|aflevering|jakso|avsnitt|no|nr|n[º°o])\.?\s*#?\s*|e(?=\d))(\d{1,5})(?!\d)(?![.,]\d)/iu.exec(
      title.trim(),
    );
  if (labelled) return positiveNumberOf(labelled[1]);
  // `12. Mai` is a date, not episode 12: a full stop after a bare number does not count.
  const bare = /^(?:\[(\d{1,5})\]|(\d{1,5})\s*[:)|\-–—])\s/u.exec(title.trim());
  if (!bare) return undefined;
  const number = Number(bare[1] ?? bare[2]);
  return number >= 1900 && number <= 2100 ? undefined : positiveNumberOf(number);
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

/** The base of the file name: the title as an ASCII slug, cut at a word near 60 characters. */
export function slugBaseOf(title: string, fallback: string): string {
  const slug = slugify(title);
  if (!slug) return slugify(fallback) || 'folge';
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
}

/** Podlove Simple Chapters with a readable start; the plan orders and checks them against the audio. */
function podloveChapters(chapters: readonly { start?: string | undefined; title?: string | undefined }[]): FeedChapterMark[] {
  return chapters.flatMap((chapter, index) => {
    const start = chapter.start?.trim() ?? '';
    // Longer than any time a chapter can start at; keeps a hostile `start` from reaching the parser whole.
    const seconds = start && start.length <= 32 ? parseDuration(start) : undefined;
    if (seconds === undefined) return [];
    return [{ start: seconds, title: (chapter.title ?? '').replace(/\s+/g, ' ').trim() || `Kapitel ${index + 1}` }];
  });
}

/** A web address the site's schema takes, checked by that schema: what passes here can never stop the build. */
export const isWebAddress = (url: string | undefined): url is string =>
  Boolean(url?.trim() && /^https?:\/\//i.test(url.trim()) && webAddressSchema.safeParse(url.trim()).success);

/** Optional text, trimmed, or nothing. */
const textOf = (value: string | undefined) => value?.replace(/\s+/g, ' ').trim() || undefined;

/** `podcast:person` as written, when it has a name; addresses that are no web address stay out. */
function personsOf(persons: NonNullable<FeedItem['podcast']>['persons']): FeedPerson[] {
  return (persons ?? []).flatMap((person) => {
    const name = textOf(person.display);
    if (!name) return [];
    return [
      {
        name,
        role: textOf(person.role),
        group: textOf(person.group),
        href: isWebAddress(person.href) ? person.href.trim() : undefined,
        img: isWebAddress(person.img) ? person.img.trim() : undefined,
      },
    ].map((kept) => Object.fromEntries(Object.entries(kept).filter(([, value]) => value !== undefined)) as FeedPerson);
  });
}

const MIME = /^[a-z0-9][\w.+-]*\/[a-z0-9][\w.+-]*$/i;

/** The Podcasting 2.0 tags of an item that the site keeps as they are. */
function keptTags(podcast: FeedItem['podcast'], episode: number | undefined): Partial<PodcastTags> {
  const season = podcast?.season;
  const number = podcast?.episode?.number;
  const display = textOf(podcast?.episode?.display);
  const tags: Partial<PodcastTags> = {
    seasonName: textOf(season?.name),
    episode:
      number !== undefined && Number.isFinite(number) && number > 0 && (number !== episode || display)
        ? { number, ...(display && { display }) }
        : undefined,
    persons: personsOf(podcast?.persons),
    soundbites: (podcast?.soundbites ?? []).flatMap(({ startTime, duration, display: title }) =>
      startTime !== undefined &&
      duration !== undefined &&
      Number.isFinite(startTime) &&
      startTime >= 0 &&
      Number.isFinite(duration) &&
      duration > 0
        ? [{ start: startTime, duration, ...(textOf(title) && { title: textOf(title) }) }]
        : [],
    ),
    alternateEnclosures: (podcast?.alternateEnclosures ?? []).flatMap((enclosure) => {
      const sources = (enclosure.sources ?? []).flatMap((source) =>
        source.uri?.trim()
          ? [{ uri: source.uri.trim(), ...(textOf(source.contentType) && { contentType: textOf(source.contentType) }) }]
          : [],
      );
      if (!MIME.test(enclosure.type ?? '') || !sources.length) return [];
      const whole = (value: number | undefined) => (value !== undefined && Number.isSafeInteger(value) && value >= 0 ? value : undefined);
      const kept = {
        type: enclosure.type!,
        length: whole(enclosure.length),
        bitrate:
          enclosure.bitrate !== undefined && Number.isFinite(enclosure.bitrate) && enclosure.bitrate >= 0 ? enclosure.bitrate : undefined,
        height: whole(enclosure.height),
        lang: textOf(enclosure.lang),
        title: textOf(enclosure.title),
        rel: textOf(enclosure.rel),
        codecs: textOf(enclosure.codecs),
        default: enclosure.default,
        sources,
        integrity:
          enclosure.integrity?.type && enclosure.integrity.value
            ? { type: enclosure.integrity.type, value: enclosure.integrity.value }
            : undefined,
      };
      return [
        Object.fromEntries(Object.entries(kept).filter(([, value]) => value !== undefined)) as PodcastTags['alternateEnclosures'][number],
      ];
    }),
  };
  return Object.fromEntries(
    Object.entries(tags).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as Partial<PodcastTags>;
}

/** `podcast:chapters` and `podcast:transcript` files at web addresses, for the plan to read. */
function remoteFileOf(file: {
  url?: string | undefined;
  type?: string | undefined;
  language?: string | undefined;
  rel?: string | undefined;
}): RemoteFile[] {
  const type = file.type?.trim() ?? '';
  if (!isWebAddress(file.url) || !MIME.test(type)) return [];
  return [
    {
      url: file.url.trim(),
      type,
      ...(textOf(file.language) && { language: textOf(file.language) }),
      ...(textOf(file.rel) && { rel: textOf(file.rel) }),
    },
  ];
}

/** The episode's number: itunes:episode, else a whole podcast:episode, else the number its title leads with. */
function numberOf(item: FeedItem, titles: readonly string[]): { episode: number | undefined; numberFrom: NumberSource | undefined } {
  const itunes = positiveNumberOf(item.itunes?.episode);
  if (itunes !== undefined) return { episode: itunes, numberFrom: 'itunes:episode' };
  const podcast = positiveNumberOf(item.podcast?.episode?.number);
  if (podcast !== undefined) return { episode: podcast, numberFrom: 'podcast:episode' };
  for (const title of titles) {
    const fromTitle = titleNumberOf(title);
    if (fromTitle !== undefined) return { episode: fromTitle, numberFrom: 'title' };
  }
  return { episode: undefined, numberFrom: undefined };
}

/** Maps one item; items the site cannot publish come back with the reason. */
export function episodeFromItem(item: FeedItem, show: { image?: string | undefined }): ItemResult {
  const rssTitle = (item.title ?? '').replace(/\s+/g, ' ').trim();
  const title = (item.itunes?.title ?? '').replace(/\s+/g, ' ').trim() || rssTitle;
  const label = title ? `"${title}"` : `item with guid ${item.guid?.value ?? '(none)'}`;
  const enclosure = item.enclosures?.find((candidate) => candidate.url?.trim() && isAudioEnclosure(candidate.type, candidate.url.trim()));
  if (!enclosure?.url) return { ok: false, reason: `${label}: no audio enclosure, skipped` };
  if (!title) return { ok: false, reason: `${label}: no title, skipped` };
  const published = publishedOf(item.pubDate);
  if (!published) return { ok: false, reason: `${label}: no readable pubDate, skipped (the date must stay as it was)` };

  const url = enclosure.url.trim();
  const notesHtml = item.content?.encoded?.trim() || item.description?.trim() || item.itunes?.summary?.trim() || '';
  const notes = convertNotes(notesHtml);
  const summarySource = item.itunes?.subtitle && item.itunes.subtitle.trim() !== title ? item.itunes.subtitle : '';
  const summary = summaryOf(item.itunes?.summary ?? item.description ?? '') || summaryOf(summarySource) || summaryOf(notesHtml) || title;
  const { episode, numberFrom } = numberOf(item, [rssTitle, title]);
  const warnings = notes.problems.map(({ kind, target, href }) =>
    kind === 'repaired'
      ? `${label}: the notes link "${target}" was not a valid address; it now points at ${href}`
      : `${label}: the notes link "${target}" is not a valid web address; its text is kept without the link`,
  );

  return {
    ok: true,
    episode: {
      guid: guidOf(item, url),
      guidIsPermaLink: permaLinkOf(item),
      title,
      feedTitle: rssTitle && rssTitle !== title ? rssTitle : undefined,
      episode,
      numberFrom,
      season: positiveNumberOf(item.itunes?.season) ?? positiveNumberOf(item.podcast?.season?.number),
      published,
      summary,
      audio: {
        url,
        bytes: lengthOf(enclosure.length),
        type: enclosureTypeOf(enclosure.type, url),
        duration: durationOf(item.itunes?.duration),
      },
      links: notes.links,
      type: episodeTypeOf(item.itunes?.episodeType),
      explicit: explicitOf(item.itunes?.explicit),
      imageUrl: imageOf(item.itunes?.image, show.image),
      notes: notes.markdown,
      chapters: podloveChapters(item.psc?.chapters ?? []),
      chaptersFile: item.podcast?.chapters ? remoteFileOf(item.podcast.chapters)[0] : undefined,
      transcriptFiles: (item.podcast?.transcripts ?? []).flatMap(remoteFileOf),
      podcast: keptTags(item.podcast, episode),
      warnings,
    },
  };
}

/** Which audio facts the feed left out and the schema needs for audio hosted elsewhere. */
export function missingAudioFields(audio: ImportedAudio): AudioField[] {
  return (['bytes', 'type', 'duration'] as const).filter((field) => audio[field] === undefined);
}
