import { getPublishedEpisodes } from './episodes';
import { withCacheKeys } from './page-cache-key';

/** One static path per published episode with the episode as its only prop, keyed for incremental builds. */
export async function episodePaths() {
  return withCacheKeys((await getPublishedEpisodes()).map((episode) => ({ params: { slug: episode.slug }, props: { episode } })));
}
