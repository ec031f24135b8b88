import type { SiteSettings } from '../schemas/settings';

/**
 * The recommendations page: each podcast the settings' `podroll` names, with
 * the ways a listener can reach it. Plain links only, so nothing loads from
 * another site before the listener clicks.
 */

export type PodrollLinkKind = 'website' | 'feed' | 'podcastIndex';

export interface PodrollCard {
  title: string;
  description?: string | undefined;
  links: { kind: PodrollLinkKind; href: string }[];
}

/** The Podcast Index finds a show by its podcast:guid, which every entry has. */
export const podcastIndexSearch = (feedGuid: string) => `https://podcastindex.org/search?q=${encodeURIComponent(feedGuid)}&type=all`;

export function podrollCards(podroll: SiteSettings['podroll']): PodrollCard[] {
  return podroll.map(({ title, description, url, feedUrl, feedGuid }) => ({
    title,
    description,
    links: [
      ...(url ? [{ kind: 'website' as const, href: url }] : []),
      ...(feedUrl ? [{ kind: 'feed' as const, href: feedUrl }] : []),
      { kind: 'podcastIndex', href: podcastIndexSearch(feedGuid) },
    ],
  }));
}
