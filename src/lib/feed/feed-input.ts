import { copyrightLine } from '../copyright';
import type { PodcastTags } from '../../schemas/episode';
import type { FeedPerson as KeptPerson, Person } from '../../schemas/person';
import type { SiteSettings } from '../../schemas/settings';
import { timedFeedFiles } from '../transcript/feed-files';
import { absoluteUrl, encodeUrlOnce, episodePath, feedPath } from '../urls';
import { parseAppleCategory, type AppleCategory } from './apple-categories';
import type { FeedChannel, FeedInput, FeedItem, FeedPerson } from './build-feed';
import { episodeGuid } from './episode-guid';
import { podcastGuid } from './podcast-guid';
import { showNotesHtml } from './show-notes';

/** Maps the site's settings and published episodes to the feed builder's input. */

export class FeedContentError extends Error {
  override name = 'FeedContentError';
}

/** What the feed needs of a published episode (a subset of `Episode` from `episodes.ts`). */
export interface FeedEpisode {
  slug: string;
  file: string;
  data: {
    title: string;
    summary: string;
    published: Date;
    episode?: number | undefined;
    season?: number | undefined;
    type: 'full' | 'trailer' | 'bonus';
    explicit: boolean;
    image?: string | undefined;
    guid?: string | undefined;
    guidIsPermaLink?: boolean | 'omitted' | undefined;
    feedTitle?: string | undefined;
    notesOnly?: boolean | undefined;
    links: { title: string; url: string }[];
    guests: Person[];
    podcast?: Partial<PodcastTags> | undefined;
  };
  audio: { url: string; bytes: number; type: string; duration: number };
  /** Chapter headings of the episode text, in order, with their anchor ids. */
  chapters: { id: string; title: string; start: number }[];
  /** Paragraphs carry time marks, so the VTT, SRT and JSON transcripts exist. */
  hasTimedText?: boolean | undefined;
}

export interface FeedLabels {
  chapters: string;
  links: string;
  transcript: string;
}

export const TRANSCRIPT_ANCHOR = 'transcript-heading';

/** Apple's categories from the settings; a wrong one names the settings file and entry. */
export function appleCategories(written: readonly string[], settingsFile: string): AppleCategory[] {
  return written.map((entry, index) => {
    const result = parseAppleCategory(entry);
    if (!result.ok) throw new FeedContentError(`${settingsFile}: categories.${index}: ${result.message}`);
    return result.value;
  });
}

const feedPerson = (site: string, who: Person, role: string): FeedPerson => ({
  name: who.name,
  role: who.role ?? role,
  href: who.url,
  img: who.image && absoluteUrl(site, who.image),
});

/** People kept from an old feed, as it wrote them; only addresses get the encoding every feed URL gets. */
const keptPerson = (who: KeptPerson): FeedPerson => ({
  ...who,
  href: who.href && encodeUrlOnce(who.href),
  img: who.img && encodeUrlOnce(who.img),
});

/**
 * The guid's `isPermaLink` as the episode keeps it from its old feed; a guid
 * the site makes, or one without a kept mark, is an id and says so.
 */
function permaLinkOf(data: FeedEpisode['data']): boolean | undefined {
  if (data.guid === undefined || data.guidIsPermaLink === undefined) return false;
  return data.guidIsPermaLink === 'omitted' ? undefined : data.guidIsPermaLink;
}

export function feedChannel(settings: SiteSettings, episodes: readonly FeedEpisode[], settingsFile: string): FeedChannel {
  const feedUrl = absoluteUrl(settings.site, feedPath);
  return {
    title: settings.title,
    link: absoluteUrl(settings.site, '/'),
    description: settings.description,
    language: settings.language,
    copyright: copyrightLine(settings, episodes),
    feedUrl,
    imageUrl: absoluteUrl(settings.site, settings.artwork),
    categories: appleCategories(settings.categories, settingsFile),
    explicit: settings.explicit,
    author: settings.author,
    owner: settings.owner,
    type: settings.type,
    // The guid is born with the first feed address, so after a move it comes from the old one.
    podcastGuid: podcastGuid(settings.previousFeedUrl ?? feedUrl, settings.podcastGuid),
    locked: settings.locked,
    newFeedUrl: settings.previousFeedUrl && feedUrl,
    funding: settings.funding.map(({ url, label }) => ({ url: absoluteUrl(settings.site, url), label })),
    persons: settings.persons.length ? settings.persons.map(keptPerson) : [feedPerson(settings.site, settings.host, 'host')],
    value: settings.value,
    txt: settings.txt,
    medium: 'podcast',
  };
}

export function feedItem(site: string, guidNamespace: string, episode: FeedEpisode, labels: FeedLabels): FeedItem {
  const { data, audio } = episode;
  const kept = data.podcast ?? {};
  const link = absoluteUrl(site, episodePath(episode.slug));
  const hasTranscript = !data.notesOnly;
  const transcriptUrl = hasTranscript ? `${link}#${TRANSCRIPT_ANCHOR}` : undefined;
  const timedFiles = timedFeedFiles(site, episode.slug, {
    hasTranscript,
    hasTimedText: hasTranscript && (episode.hasTimedText ?? false),
    hasChapters: episode.chapters.length > 0,
  });
  const keptTranscripts = (kept.transcripts ?? []).map((transcript) => ({ ...transcript, url: absoluteUrl(site, transcript.url) }));
  return {
    title: data.feedTitle ?? data.title,
    itunesTitle: data.title,
    link,
    guid: episodeGuid(guidNamespace, data),
    guidIsPermaLink: permaLinkOf(data),
    published: data.published,
    description: data.summary,
    contentHtml: showNotesHtml({
      summary: data.summary,
      chapters: episode.chapters.map((chapter) => ({ start: chapter.start, title: chapter.title, url: `${link}#${chapter.id}` })),
      links: data.links,
      transcriptUrl,
      labels,
    }),
    enclosure: { url: absoluteUrl(site, audio.url), length: audio.bytes, type: audio.type },
    duration: audio.duration,
    episode: data.episode,
    season: data.season,
    seasonName: kept.seasonName,
    podcastEpisode: kept.episode,
    episodeType: data.type,
    explicit: data.explicit,
    imageUrl: data.image && absoluteUrl(site, data.image),
    // Untimed transcripts have no transcript.html; their text is on the episode page. Show notes are no transcript.
    transcripts: [
      ...(timedFiles.transcripts.length > 0 || !transcriptUrl ? timedFiles.transcripts : [{ url: transcriptUrl, type: 'text/html' }]),
      ...keptTranscripts,
    ],
    chapters: timedFiles.chapters ?? (kept.chapters && { ...kept.chapters, url: absoluteUrl(site, kept.chapters.url) }),
    pscChapters: episode.chapters.map((chapter) => ({ start: chapter.start, title: chapter.title, href: `${link}#${chapter.id}` })),
    persons: [...data.guests.map((guest) => feedPerson(site, guest, 'guest')), ...(kept.persons ?? []).map(keptPerson)],
    soundbites: kept.soundbites,
    alternateEnclosures: kept.alternateEnclosures,
  };
}

/** Two episodes with one guid would make apps show only one of them. */
function assertUniqueGuids(items: readonly FeedItem[], episodes: readonly FeedEpisode[]): void {
  const seen = new Map<string, string>();
  items.forEach((item, index) => {
    const file = episodes[index]!.file;
    const other = seen.get(item.guid);
    if (other) {
      throw new FeedContentError(
        `${file}: guid: "${item.guid}" is also the guid of ${other}. Episodes without a guid get one from their publication date and time; ` +
          'give one of them a different time (published: 2024-05-02T08:00:00) or its own guid.',
      );
    }
    seen.set(item.guid, file);
  });
}

/** The whole builder input; episodes come newest first from `getPublishedEpisodes()`. */
export function feedInput(settings: SiteSettings, episodes: readonly FeedEpisode[], labels: FeedLabels, settingsFile: string): FeedInput {
  const channel = feedChannel(settings, episodes, settingsFile);
  const items = episodes.map((episode) => feedItem(settings.site, channel.podcastGuid, episode, labels));
  assertUniqueGuids(items, episodes);
  return { channel, items };
}
