import { parseFeed } from 'feedsmith';
import { isAudioEnclosure, type FeedItem } from './episode-from-item.ts';
import type { FeedChannel } from './settings-from-feed.ts';

export class NotAPodcastFeedError extends Error {
  override name = 'NotAPodcastFeedError';
}

export interface PodcastFeed {
  channel: FeedChannel;
  items: FeedItem[];
}

/**
 * Reads a podcast's RSS feed with feedsmith, which keeps every value as the
 * host wrote it (guids like `00123` stay text). Anything that is not an RSS
 * feed with audio enclosures is refused before a single file is written.
 * @see https://feedsmith.dev/parsing/
 */
export function parsePodcastFeed(xml: string, source: string): PodcastFeed {
  // Some hosts emit a blank line or a byte order mark before `<?xml`, which XML forbids but apps accept.
  const text = xml.replace(/^[\s\uFEFF]+/, '');
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch {
    throw new NotAPodcastFeedError(
      `${source}: not a feed (expected the RSS feed of a podcast, found ${describeStart(text)}); nothing was written.`,
    );
  }
  if (parsed.format !== 'rss') {
    throw new NotAPodcastFeedError(
      `${source}: this is an ${parsed.format.toUpperCase()} feed, not a podcast's RSS feed; nothing was written.`,
    );
  }
  const { items = [], ...channel } = parsed.feed as FeedChannel & { items?: FeedItem[] };
  const withAudio = items.filter((item) =>
    item.enclosures?.some((enclosure) => enclosure.url && isAudioEnclosure(enclosure.type, enclosure.url)),
  );
  if (!withAudio.length) {
    throw new NotAPodcastFeedError(
      `${source}: not a podcast feed: none of its ${items.length} items has an audio enclosure; nothing was written.`,
    );
  }
  return { channel, items };
}

function describeStart(text: string): string {
  const start = text.slice(0, 40).replace(/\s+/g, ' ').trim();
  return start ? `"${start}${text.length > 40 ? '…' : ''}"` : 'an empty document';
}
