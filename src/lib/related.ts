/**
 * Related episodes: those sharing the most topics first, then those published
 * closest in time, newer before older at equal distance. Nearness rather than
 * recency keeps an older episode's list stable when a new one is published:
 * only the few latest episodes on its topics gain it, so an incremental build
 * re-renders those pages and not every page sharing a topic.
 * `newestFirst` is the list of published episodes, newest first.
 */
export function relatedEpisodes<T extends { slug: string; data: { topics: string[] } }>(
  current: T,
  newestFirst: readonly T[],
  limit = 3,
): T[] {
  const topics = new Set(current.data.topics);
  // An episode not in the list (a draft being previewed) counts as newer than all of them.
  const position = newestFirst.findIndex(({ slug }) => slug === current.slug);
  return newestFirst
    .map((candidate, index) => ({ candidate, index, shared: candidate.data.topics.filter((topic) => topics.has(topic)).length }))
    .filter(({ candidate }) => candidate.slug !== current.slug)
    .sort((a, b) => b.shared - a.shared || Math.abs(a.index - position) - Math.abs(b.index - position) || a.index - b.index)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/**
 * The episodes published just before and after `current` in the newest-first
 * list, for "previous / next episode" links; either is missing at the ends.
 */
export function neighbours<T extends { slug: string }>(current: T, newestFirst: readonly T[]): { older?: T; newer?: T } {
  const index = newestFirst.findIndex((candidate) => candidate.slug === current.slug);
  if (index < 0) return {};
  return {
    ...(index + 1 < newestFirst.length ? { older: newestFirst[index + 1] } : {}),
    ...(index > 0 ? { newer: newestFirst[index - 1] } : {}),
  };
}
