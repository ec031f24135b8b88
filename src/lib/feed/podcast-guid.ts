import { v5 as uuidv5 } from 'uuid';

/** @see https://podcastindex.org/namespace/1.0#guid */
export const PODCAST_GUID_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6';

/**
 * The Podcasting 2.0 guid: UUIDv5 of the feed URL without its scheme and trailing
 * slashes. It follows the domain, so `podcastGuid` in the settings pins it before a move.
 */
export function podcastGuid(feedUrl: string, pinned?: string): string {
  if (pinned) return pinned.toLowerCase();
  const withoutScheme = feedUrl
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/+$/, '');
  return uuidv5(withoutScheme, PODCAST_GUID_NAMESPACE);
}
