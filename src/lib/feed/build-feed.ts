import { formatClock } from '../base/duration';
import type { AppleCategory } from './apple-categories';
import { feedNamespaces } from './namespaces';
import { decimal, el, text, xmlDocument, type XmlElement } from './xml';

/**
 * The podcast feed as a pure function: typed channel and items in, RSS 2.0 out.
 * Every URL in the input is already absolute and percent-encoded.
 * @see https://podcasters.apple.com/support/823-podcast-requirements
 * @see https://podcastindex.org/namespace/1.0
 */

export interface FeedPerson {
  name: string;
  role?: string | undefined;
  group?: string | undefined;
  href?: string | undefined;
  img?: string | undefined;
}

export interface FeedFunding {
  url: string;
  label: string;
}

/** @see https://podcasting2.org/docs/podcast-namespace/tags/value */
export interface FeedValue {
  type: string;
  method: string;
  suggested?: number | undefined;
  recipients: {
    name?: string | undefined;
    type: string;
    address: string;
    split: number;
    customKey?: string | undefined;
    customValue?: string | undefined;
    fee?: boolean | undefined;
  }[];
}

export interface FeedText {
  text: string;
  purpose?: string | undefined;
}

/** @see https://podcasting2.org/docs/podcast-namespace/tags/image */
export interface FeedImage {
  href: string;
  alt?: string | undefined;
  /** CSS syntax: `1/1`, `1200/630`. */
  aspectRatio?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
  type?: string | undefined;
  /** Space-separated tokens: `artwork`, `social` … */
  purpose?: string | undefined;
}

/** @see https://podcasting2.org/docs/podcast-namespace/tags/trailer */
export interface FeedTrailer {
  /** At most 128 characters. */
  title: string;
  url: string;
  published: Date;
  length: number;
  type: string;
  season?: number | undefined;
}

/** @see https://podcasting2.org/docs/podcast-namespace/tags/update-frequency */
export interface FeedUpdateFrequency {
  text: string;
  rrule?: string | undefined;
  dtstart?: string | undefined;
  complete?: boolean | undefined;
}

/** @see https://podcasting2.org/docs/podcast-namespace/tags/remote-item */
export interface FeedRemoteItem {
  feedGuid: string;
  feedUrl?: string | undefined;
  title?: string | undefined;
}

/** @see https://podcasting2.org/docs/podcast-namespace/tags/social-interact */
export interface FeedSocialInteract {
  protocol: string;
  uri: string;
  accountId?: string | undefined;
  accountUrl?: string | undefined;
}

export interface FeedChannel {
  title: string;
  /** The website. */
  link: string;
  /** Plain text. */
  description: string;
  language: string;
  copyright: string;
  /** Where this feed is served: `atom:link rel="self"`. */
  feedUrl: string;
  imageUrl: string;
  categories: AppleCategory[];
  explicit: boolean;
  author: string;
  /** Without `email` once the show is verified: then neither itunes:owner nor podcast:locked names one. */
  owner: { name: string; email?: string | undefined };
  type: 'episodic' | 'serial';
  podcastGuid: string;
  /** `podcast:locked`: other platforms may not import the feed without the owner's consent. */
  locked: boolean;
  /** Only while moving from an old feed address. */
  newFeedUrl?: string | undefined;
  funding: FeedFunding[];
  persons: FeedPerson[];
  value?: FeedValue[] | undefined;
  txt?: FeedText[] | undefined;
  medium: 'podcast' | 'music' | 'video' | 'film' | 'audiobook' | 'newsletter' | 'blog';
  images?: FeedImage[] | undefined;
  trailers?: FeedTrailer[] | undefined;
  license?: { identifier: string; url?: string | undefined } | undefined;
  updateFrequency?: FeedUpdateFrequency | undefined;
  /** `itunes:complete`: no further episodes will come. */
  complete?: boolean | undefined;
  podroll?: FeedRemoteItem[] | undefined;
}

export interface FeedTranscript {
  url: string;
  /** MIME type: text/html, text/vtt, application/x-subrip, application/json. */
  type: string;
  /** `captions` for timed text meant to be shown while playing. */
  rel?: string | undefined;
  language?: string | undefined;
}

export interface FeedPscChapter {
  /** Seconds from the start of the audio. */
  start: number;
  title: string;
  href?: string | undefined;
}

/** @see https://podcasting2.org/docs/podcast-namespace/tags/soundbite */
export interface FeedSoundbite {
  start: number;
  duration: number;
  title?: string | undefined;
}

/** @see https://podcasting2.org/docs/podcast-namespace/tags/alternate-enclosure */
export interface FeedAlternateEnclosure {
  type: string;
  length?: number | undefined;
  bitrate?: number | undefined;
  height?: number | undefined;
  lang?: string | undefined;
  title?: string | undefined;
  rel?: string | undefined;
  codecs?: string | undefined;
  default?: boolean | undefined;
  sources: { uri: string; contentType?: string | undefined }[];
  integrity?: { type: string; value: string } | undefined;
}

export interface FeedItem {
  /** `<title>`; usually the same as `itunesTitle`. */
  title: string;
  itunesTitle: string;
  link: string;
  guid: string;
  /** The guid's `isPermaLink` attribute; `undefined` writes none (RSS then reads it as true). */
  guidIsPermaLink: boolean | undefined;
  published: Date;
  /** Plain text summary. */
  description: string;
  /** Show notes as HTML; written as CDATA. */
  contentHtml: string;
  enclosure: { url: string; length: number; type: string };
  /** Whole seconds. */
  duration: number;
  episode?: number | undefined;
  season?: number | undefined;
  /** `podcast:season name`. */
  seasonName?: string | undefined;
  /** `podcast:episode` when it says more than `episode`: a decimal number or a display text. */
  podcastEpisode?: { number: number; display?: string | undefined } | undefined;
  episodeType: 'full' | 'trailer' | 'bonus';
  explicit: boolean;
  imageUrl?: string | undefined;
  transcripts: FeedTranscript[];
  /** A Podcasting 2.0 JSON chapters file. */
  chapters?: { url: string; type: string } | undefined;
  /** Chapters written into the item, for apps that read Podlove Simple Chapters. */
  pscChapters?: FeedPscChapter[] | undefined;
  persons?: FeedPerson[] | undefined;
  soundbites?: FeedSoundbite[] | undefined;
  alternateEnclosures?: FeedAlternateEnclosure[] | undefined;
  images?: FeedImage[] | undefined;
  socialInteracts?: FeedSocialInteract[] | undefined;
}

export interface FeedInput {
  channel: FeedChannel;
  /** Newest first, as the feed lists them. */
  items: FeedItem[];
}

/** RFC 2822 date in GMT, as RSS 2.0 and Apple expect for pubDate. */
const rfc2822 = (date: Date) => date.toUTCString();

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const trueFalse = (value: boolean) => (value ? 'true' : 'false');

const person = (who: FeedPerson) =>
  el('podcast:person', { role: who.role, group: who.group, img: who.img, href: who.href }, text(who.name));

const optionalDecimal = (value: number | undefined) => (value === undefined ? undefined : decimal(value));

function valueElement(value: FeedValue): XmlElement {
  return el(
    'podcast:value',
    { type: value.type, method: value.method, suggested: optionalDecimal(value.suggested) },
    value.recipients.map((recipient) =>
      el('podcast:valueRecipient', {
        name: recipient.name,
        customKey: recipient.customKey,
        customValue: recipient.customValue,
        type: recipient.type,
        address: recipient.address,
        split: decimal(recipient.split),
        fee: recipient.fee,
      }),
    ),
  );
}

function alternateEnclosure(enclosure: FeedAlternateEnclosure): XmlElement {
  const { sources, integrity, bitrate, ...attributes } = enclosure;
  return el('podcast:alternateEnclosure', { ...attributes, bitrate: optionalDecimal(bitrate) }, [
    ...sources.map((source) => el('podcast:source', { uri: source.uri, contentType: source.contentType })),
    integrity ? el('podcast:integrity', { type: integrity.type, value: integrity.value }) : undefined,
  ]);
}

const image = (picture: FeedImage) =>
  el('podcast:image', {
    href: picture.href,
    alt: picture.alt,
    'aspect-ratio': picture.aspectRatio,
    width: picture.width,
    height: picture.height,
    type: picture.type,
    purpose: picture.purpose,
  });

const trailer = (clip: FeedTrailer) =>
  el(
    'podcast:trailer',
    { pubdate: rfc2822(clip.published), url: clip.url, length: clip.length, type: clip.type, season: clip.season },
    text(clip.title),
  );

const updateFrequency = (frequency: FeedUpdateFrequency) =>
  el(
    'podcast:updateFrequency',
    { complete: frequency.complete || undefined, dtstart: frequency.dtstart, rrule: frequency.rrule },
    text(frequency.text),
  );

const podroll = (items: FeedRemoteItem[]) =>
  el(
    'podcast:podroll',
    {},
    items.map((item) => el('podcast:remoteItem', { feedGuid: item.feedGuid, feedUrl: item.feedUrl, title: item.title })),
  );

const socialInteract = (post: FeedSocialInteract) =>
  el('podcast:socialInteract', { protocol: post.protocol, uri: post.uri, accountId: post.accountId, accountUrl: post.accountUrl });

function category({ category: name, subcategory }: AppleCategory): XmlElement {
  return el('itunes:category', { text: name }, subcategory ? [el('itunes:category', { text: subcategory })] : undefined);
}

function channelElements(channel: FeedChannel): (XmlElement | undefined)[] {
  return [
    el('title', {}, text(channel.title)),
    el('link', {}, text(channel.link)),
    el('description', {}, text(channel.description)),
    el('language', {}, text(channel.language)),
    el('copyright', {}, text(channel.copyright)),
    el('atom:link', { href: channel.feedUrl, rel: 'self', type: 'application/rss+xml' }),
    el('image', {}, [el('url', {}, text(channel.imageUrl)), el('title', {}, text(channel.title)), el('link', {}, text(channel.link))]),
    el('itunes:image', { href: channel.imageUrl }),
    ...channel.categories.map(category),
    el('itunes:explicit', {}, text(trueFalse(channel.explicit))),
    el('itunes:author', {}, text(channel.author)),
    el('itunes:owner', {}, [
      el('itunes:name', {}, text(channel.owner.name)),
      channel.owner.email === undefined ? undefined : el('itunes:email', {}, text(channel.owner.email)),
    ]),
    el('itunes:type', {}, text(channel.type)),
    channel.complete ? el('itunes:complete', {}, text('Yes')) : undefined,
    channel.newFeedUrl ? el('itunes:new-feed-url', {}, text(channel.newFeedUrl)) : undefined,
    el('podcast:guid', {}, text(channel.podcastGuid)),
    el('podcast:locked', { owner: channel.owner.email }, text(yesNo(channel.locked))),
    ...channel.funding.map((funding) => el('podcast:funding', { url: funding.url }, text(funding.label))),
    ...channel.persons.map(person),
    ...(channel.value ?? []).map(valueElement),
    ...(channel.txt ?? []).map((txt) => el('podcast:txt', { purpose: txt.purpose }, text(txt.text))),
    el('podcast:medium', {}, text(channel.medium)),
    ...(channel.images ?? []).map(image),
    ...(channel.trailers ?? []).map(trailer),
    channel.license ? el('podcast:license', { url: channel.license.url }, text(channel.license.identifier)) : undefined,
    channel.updateFrequency ? updateFrequency(channel.updateFrequency) : undefined,
    channel.podroll?.length ? podroll(channel.podroll) : undefined,
  ];
}

/** @see https://podlove.org/simple-chapters/ */
function pscChapters(chapters: FeedPscChapter[]): XmlElement {
  return el(
    'psc:chapters',
    { version: '1.2' },
    chapters.map((chapter) =>
      el('psc:chapter', { start: formatClock(chapter.start, { alwaysHours: true }), title: chapter.title, href: chapter.href }),
    ),
  );
}

function itemElement(item: FeedItem): XmlElement {
  return el('item', {}, [
    el('title', {}, text(item.title)),
    el('itunes:title', {}, text(item.itunesTitle)),
    el('link', {}, text(item.link)),
    el('guid', { isPermaLink: item.guidIsPermaLink }, text(item.guid)),
    el('pubDate', {}, text(rfc2822(item.published))),
    el('description', {}, text(item.description)),
    el('content:encoded', {}, { cdata: item.contentHtml }),
    el('enclosure', { url: item.enclosure.url, length: item.enclosure.length, type: item.enclosure.type }),
    el('itunes:duration', {}, text(Math.round(item.duration))),
    item.episode === undefined ? undefined : el('itunes:episode', {}, text(item.episode)),
    item.season === undefined ? undefined : el('itunes:season', {}, text(item.season)),
    el('itunes:episodeType', {}, text(item.episodeType)),
    el('itunes:explicit', {}, text(trueFalse(item.explicit))),
    item.imageUrl ? el('itunes:image', { href: item.imageUrl }) : undefined,
    item.season === undefined ? undefined : el('podcast:season', { name: item.seasonName }, text(item.season)),
    podcastEpisode(item),
    ...item.transcripts.map((transcript) =>
      el('podcast:transcript', { url: transcript.url, type: transcript.type, language: transcript.language, rel: transcript.rel }),
    ),
    item.chapters ? el('podcast:chapters', { url: item.chapters.url, type: item.chapters.type }) : undefined,
    item.pscChapters?.length ? pscChapters(item.pscChapters) : undefined,
    ...(item.persons ?? []).map(person),
    ...(item.soundbites ?? []).map((soundbite) =>
      el(
        'podcast:soundbite',
        { startTime: decimal(soundbite.start), duration: decimal(soundbite.duration) },
        soundbite.title ? text(soundbite.title) : undefined,
      ),
    ),
    ...(item.alternateEnclosures ?? []).map(alternateEnclosure),
    ...(item.images ?? []).map(image),
    ...(item.socialInteracts ?? []).map(socialInteract),
  ]);
}

/** @see https://podcasting2.org/docs/podcast-namespace/tags/episode */
function podcastEpisode(item: FeedItem): XmlElement | undefined {
  if (item.podcastEpisode)
    return el('podcast:episode', { display: item.podcastEpisode.display }, text(decimal(item.podcastEpisode.number)));
  return item.episode === undefined ? undefined : el('podcast:episode', {}, text(item.episode));
}

/** The feed document; the same input always gives the same bytes. */
export function buildFeed({ channel, items }: FeedInput, { stylesheet }: { stylesheet?: string } = {}): string {
  const podloveChapters = items.some((item) => item.pscChapters?.length);
  const namespaces = Object.fromEntries(feedNamespaces({ podloveChapters }).map(([prefix, uri]) => [`xmlns:${prefix}`, uri]));
  return xmlDocument(
    el('rss', { version: '2.0', ...namespaces }, [el('channel', {}, [...channelElements(channel), ...items.map(itemElement)])]),
    { stylesheet },
  );
}
