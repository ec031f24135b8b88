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
