import type { Translate } from '../../i18n/translate';
import { episodeLabel } from '../episode-format';
import { isoDuration } from '../base/duration';
import { berlinDay } from '../base/dates';
import { topicSlug } from '../base/slug';
import { EPISODE_FILTER, episodeCountKey } from './episode-count';

/**
 * What Pagefind learns about an episode page besides its text. Everything rides
 * on attributes of the episode article, read with Pagefind's `key[attribute]`
 * syntax, so titles with commas or colons never break the attribute lists.
 * @see https://pagefind.app/docs/metadata/
 * @see https://pagefind.app/docs/filtering/
 * @see https://pagefind.app/docs/sorts/
 */
export interface SearchableEpisode {
  slug: string;
  data: {
    title: string;
    episode?: number | undefined;
    type: 'full' | 'trailer' | 'bonus';
    published: Date;
    topics: string[];
    image?: string | undefined;
  };
  audio: { duration: number };
}

export interface SearchIndexOptions {
  /** The podcast artwork: an episode showing it needs no image of its own in the index. */
  artwork: string;
  t: Translate;
  /** Start second per heading id, as the heading-anchors plugin records them. */
  chapterStarts?: Record<string, number> | undefined;
}

export interface SearchIndexData {
  /** Spread onto the episode `<article>`. */
  attributes: Record<string, string>;
  /** One filter element per topic slug (Pagefind takes one value per element). */
  topics: string[];
}

const META_KEYS = ['title', 'episode', 'date', 'duration', 'image', 'starts'] as const;

/**
 * Pagefind makes every metadata value searchable, so values are written in
 * forms nobody types: the duration as ISO 8601 (`PT31M5S`) and chapter starts
 * with a `t` before the seconds. Otherwise a search for "5" would find every
 * episode with a chapter at five seconds.
 * @see https://pagefind.app/docs/metadata/#searching-metadata
 */
export function searchIndexData(episode: SearchableEpisode, { artwork, t, chapterStarts }: SearchIndexOptions): SearchIndexData {
  const day = berlinDay(episode.data.published);
  const image = episode.data.image;
  const values: Record<(typeof META_KEYS)[number], string> = {
    title: episode.data.title,
    episode: episodeLabel(episode.data, t),
    date: day,
    duration: isoDuration(episode.audio.duration),
    image: image && image !== artwork ? image : '',
    starts: encodeChapterStarts(chapterStarts ?? {}),
  };
  const present = META_KEYS.filter((key) => values[key] !== '');
  const attributes: Record<string, string> = {
    'data-pagefind-body': '',
    'data-pagefind-meta': present.map((key) => `${key}[data-search-${key}]`).join(', '),
    // The episode filter lets /suche/ count episodes rather than passages (src/lib/search/episode-count.ts).
    'data-pagefind-filter': `year[data-search-year], ${EPISODE_FILTER}[data-search-episode-key]`,
    'data-pagefind-sort': 'date[data-search-date]',
    'data-search-year': day.slice(0, 4),
    'data-search-episode-key': episodeCountKey(episode),
  };
  for (const key of present) attributes[`data-search-${key}`] = values[key];
  const topics = [...new Set(episode.data.topics.map(topicSlug).filter(Boolean))];
  return { attributes, topics };
}

const ID_WITHOUT_SPACE = /^\S+$/;

/** `"<heading-id> t<seconds> …"`, or '' when no heading has a time mark (the meta key is then left out). */
export function encodeChapterStarts(starts: Record<string, number>): string {
  return Object.entries(starts)
    .filter(([id, seconds]) => ID_WITHOUT_SPACE.test(id) && Number.isFinite(seconds) && seconds >= 0)
    .map(([id, seconds]) => `${id} t${Math.floor(seconds)}`)
    .join(' ');
}

/** Reads `encodeChapterStarts` output; pairs that do not fit are skipped rather than failing in the browser. */
export function decodeChapterStarts(text: string | undefined): Map<string, number> {
  const starts = new Map<string, number>();
  const words = (text ?? '').trim().split(/\s+/);
  for (let index = 0; index + 1 < words.length; index += 2) {
    const seconds = /^t(\d+)$/.exec(words[index + 1]!);
    if (seconds) starts.set(words[index]!, Number(seconds[1]));
  }
  return starts;
}

/**
 * Where a search hit in a section leads: the section heading, and with a time
 * mark also `?t=`, which the player reads to start at that moment.
 */
export function sectionHref(pageUrl: string, anchorId: string | undefined, starts: ReadonlyMap<string, number>): string {
  if (!anchorId) return pageUrl;
  const url = new URL(pageUrl, 'http://site.invalid');
  const start = starts.get(anchorId);
  if (start !== undefined) url.searchParams.set('t', String(start));
  url.hash = anchorId;
  return /^https?:\/\//.test(pageUrl) ? url.href : `${url.pathname}${url.search}${url.hash}`;
}

export interface SearchFilterOptions {
  topics: { value: string; label: string }[];
  years: string[];
}

/** Choices for the filters on /suche/, matching the values `searchIndexData` writes. */
export function searchFilterOptions(episodes: readonly { data: { topics: string[]; published: Date } }[]): SearchFilterOptions {
  const topics = new Map<string, string>();
  for (const { data } of episodes) {
    for (const name of data.topics) {
      const slug = topicSlug(name);
      if (slug && !topics.has(slug)) topics.set(slug, name);
    }
  }
  const years = [...new Set(episodes.map(({ data }) => berlinDay(data.published).slice(0, 4)))].sort().reverse();
  return {
    topics: [...topics].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'de')),
    years,
  };
}
