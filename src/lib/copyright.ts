import { berlinYear } from './base/dates';

/**
 * "© 2024–2026 Oliver Hartmann": the years of the first and the newest episode,
 * so the feed and pages do not change with the day they are built.
 */
export function defaultCopyright(author: string, episodes: readonly { data: { published: Date } }[]): string {
  if (episodes.length === 0) return `© ${author}`;
  const times = episodes.map((episode) => episode.data.published.getTime());
  const first = berlinYear(new Date(Math.min(...times)));
  const last = berlinYear(new Date(Math.max(...times)));
  return `© ${first === last ? first : `${first}–${last}`} ${author}`;
}
