/**
 * Related episodes: those sharing the most topics first, then the newest.
 * Input is already newest first, so a stable sort keeps recency as the tie-breaker.
 */
export function relatedEpisodes<T extends { slug: string; data: { topics: string[] } }>(
  current: T,
  newestFirst: readonly T[],
  limit = 3,
): T[] {
  const topics = new Set(current.data.topics);
  return newestFirst
    .filter((candidate) => candidate.slug !== current.slug)
    .map((candidate, index) => ({ candidate, index, shared: candidate.data.topics.filter((topic) => topics.has(topic)).length }))
    .sort((a, b) => b.shared - a.shared || a.index - b.index)
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
