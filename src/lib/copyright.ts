import { berlinYear } from './dates';

/**
 * "© 2024–2026 Oliver Hartmann": the years of the first and the newest episode,
 * so the feed and pages do not change with the day they are built.
 */
export function defaultCopyright(author: string, episodes: readonly { data: { published: Date } }[]): string {
  const years = episodes.map((episode) => berlinYear(episode.data.published));
  if (years.length === 0) return `© ${author}`;
  const first = Math.min(...years);
  const last = Math.max(...years);
  return `© ${first === last ? first : `${first}–${last}`} ${author}`;
}
