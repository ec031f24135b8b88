import { getPublishedEpisodes, type Episode } from './episodes';
import { pageCacheKey } from './page-cache-key';

/** One static path per published episode with the episode as its only prop, keyed for incremental builds. */
export async function episodePaths(): Promise<{ params: { slug: string }; props: { episode: Episode }; cacheKey: string }[]> {
  return Promise.all(
    (await getPublishedEpisodes()).map(async (episode) => ({ params: { slug: episode.slug }, props: { episode }, cacheKey: await pageCacheKey({ episode }) })),
  );
}
