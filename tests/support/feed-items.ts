import { parseFeed, type RssFeed } from 'feedsmith';
import partytime from 'podcast-partytime';
import { WebVTTParser, type VttNode } from 'webvtt-parser';

/**
 * A podcast feed's items as two independent parsers read them, for comparing
 * an old host's feed with the feed the site builds after an import: feedsmith
 * (every value as written, `isPermaLink` and `itunes:title` included) and
 * podcast-partytime (the Podcast Index's parser, what Podcasting 2.0 apps see).
 */

export type FeedsmithItem = RssFeed.Item<string>;
export type PartytimeItem = NonNullable<ReturnType<typeof partytime.parseFeed>>['items'][number];

export interface ReadFeed {
  channel: Omit<RssFeed.Feed<string>, 'items'>;
  /** Items with an audio enclosure, as feedsmith reads them. */
  items: FeedsmithItem[];
  /**
   * The same items by enclosure URL, as podcast-partytime reads them. Not by
   * guid: partytime turns a guid like `00123` into `123` and skips items without one.
   */
  partytime: Map<string, PartytimeItem>;
}

const isAudio = (item: FeedsmithItem) =>
  item.enclosures?.some(({ type, url }) => (type ?? '').startsWith('audio/') || /\.(?:mp3|m4a|ogg|opus)(?:[?#]|$)/i.test(url ?? ''));

export function readFeed(xml: string): ReadFeed {
  const text = xml.replace(/^[\s\uFEFF]+/, '');
  const { items = [], ...channel } = (parseFeed(text) as { feed: RssFeed.Feed<string> }).feed;
  const parsed = partytime.parseFeed(text);
  if (!parsed) throw new Error('podcast-partytime could not read the feed');
  return {
    channel,
    items: items.filter(isAudio),
    partytime: new Map(parsed.items.map((item) => [item.enclosure?.url ?? '', item])),
  };
}

/** What apps know an item by: its guid, else its enclosure URL. */
export const feedsmithIdentity = (item: FeedsmithItem) => (item.guid?.value?.trim() ? item.guid.value : (item.enclosures?.[0]?.url ?? ''));

/** Seconds from `hh:mm:ss(.mmm)`, `mm:ss` or plain seconds, as a test reads them without the site's code. */
export function seconds(value: string | number): number {
  if (typeof value === 'number') return value;
  return value
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (text: string) =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name.toLowerCase()] ?? entity),
  );

/** The words of notes written as HTML or plain text, as a listener reads them. */
export function plainWords(html: string): string[] {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .split(/\s+/)
    .filter(Boolean);
}

/** A transcript file's words in order, read without the site's converters: WebVTT, SubRip or Podcasting 2.0 JSON. */
export function transcriptWords(text: string, type: string): string[] {
  let spoken: string[];
  if (/json/i.test(type)) {
    spoken = (JSON.parse(text) as { segments: { body: string }[] }).segments.map((segment) => segment.body);
  } else if (/vtt/i.test(type)) {
    spoken = new WebVTTParser().parse(text, 'metadata').cues.map((cue) => decodeEntities(cueText(cue.tree.children)));
  } else {
    spoken = text
      .replace(/\r\n?/g, '\n')
      .split(/\n\s*\n/)
      .map((block) =>
        block
          .split('\n')
          .slice(2)
          .join(' ')
          .replace(/^[^:]{1,40}:\s/, ''),
      );
  }
  return spoken.join(' ').split(/\s+/).filter(Boolean);
}

function cueText(nodes: readonly VttNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? (node.value ?? '') : cueText(node.children ?? []))).join('');
}

/** The cues' start times of a WebVTT file, in seconds. */
export const vttStarts = (text: string) => new WebVTTParser().parse(text, 'metadata').cues.map((cue) => cue.startTime);
