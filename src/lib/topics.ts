import { topicSlug } from './base/slug';

export interface Topic {
  name: string;
  slug: string;
  count: number;
}

/**
 * Topics across episodes, most used first. Spellings that slug alike
 * ("IT-Sicherheit", "IT Sicherheit") are one topic, named as first written.
 */
export function collectTopics(episodes: readonly { data: { topics: string[] } }[]): Topic[] {
  const bySlug = new Map<string, Topic>();
  for (const episode of episodes) {
    for (const name of new Set(episode.data.topics)) {
      const slug = topicSlug(name);
      const topic = bySlug.get(slug) ?? { name, slug, count: 0 };
      topic.count += 1;
      bySlug.set(slug, topic);
    }
  }
  return [...bySlug.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'de'));
}

export function hasTopic(episode: { data: { topics: string[] } }, slug: string): boolean {
  return episode.data.topics.some((name) => topicSlug(name) === slug);
}
