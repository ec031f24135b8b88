/**
 * The one rule for what listeners may see: not a draft and not dated in the future.
 * Every page, the feed, the sitemap and search go through `getPublishedEpisodes()`,
 * which applies this rule.
 */
export interface Publishable {
  draft: boolean;
  published: Date;
}

export function isPublished(episode: Publishable, now: Date): boolean {
  return !episode.draft && episode.published.getTime() <= now.getTime();
}

/** Newest first; equal dates fall back to the higher episode number, then the slug. */
export function byNewestFirst<T extends { slug: string; data: { published: Date; episode?: number | undefined } }>(a: T, b: T): number {
  return (
    b.data.published.getTime() - a.data.published.getTime() || (b.data.episode ?? 0) - (a.data.episode ?? 0) || a.slug.localeCompare(b.slug)
  );
}
