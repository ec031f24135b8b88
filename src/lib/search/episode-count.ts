/**
 * Counting results by episode. Pagefind's results are passages of a few
 * chapters (build/search-records.ts); every passage carries its episode in a
 * filter of its own, whose counts name how many episodes were found.
 */

/** The Pagefind filter that names each record's episode, so results can be counted by episode. */
export const EPISODE_FILTER = 'ep';

/**
 * The episode's value in that filter, as short as it can be: the first search
 * of a visit loads the filter for every episode of the archive, about 9 bytes
 * each with the number instead of 18 with the slug. Full episodes have unique
 * numbers (the content check sees to it); others go by their slug, after a
 * `~` no number starts with.
 */
export function episodeCountKey(episode: { slug: string; data: { episode?: number | undefined; type: string } }): string {
  return episode.data.type === 'full' && episode.data.episode !== undefined ? String(episode.data.episode) : `~${episode.slug}`;
}

/**
 * Search options that make Pagefind load the episode filter, and no other,
 * without narrowing anything: every passage is in none of no episodes. Asking
 * for all filters would load the topic and year filters of every bundle too,
 * 14 KB of the first search's 150 at 1,000 episodes.
 * @see https://pagefind.app/docs/js-api-filtering/
 */
export const COUNT_BY_EPISODE = { [EPISODE_FILTER]: { none: [] as string[] } };
