import { v5 as uuidv5 } from 'uuid';

/**
 * An episode's `<guid>` when its frontmatter has none: UUIDv5 of the publication
 * instant (UTC, ISO 8601) in the namespace of the podcast guid. Title, slug, file
 * name, audio and show notes may all change without it changing; apps re-download
 * an episode whose guid changes.
 * @see https://podcasters.apple.com/support/823-podcast-requirements (guid)
 */
export function defaultEpisodeGuid(podcastGuid: string, published: Date): string {
  return uuidv5(published.toISOString(), podcastGuid);
}

/** The frontmatter guid wins, exactly as written (an imported "00123" stays "00123"). */
export function episodeGuid(podcastGuid: string, episode: { guid?: string | undefined; published: Date }): string {
  return episode.guid ?? defaultEpisodeGuid(podcastGuid, episode.published);
}
