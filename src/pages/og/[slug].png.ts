import type { APIRoute, GetStaticPaths } from 'astro';
import type { Episode } from '../../lib/episodes';
import { getSettings } from '../../lib/settings';
import { artworkDataUrl, cachedShareImage } from '../../lib/sharing/share-image';
import { episodeShareContent } from '../../lib/sharing/share-content';
import { episodePaths } from '../../lib/static-paths';
import { t } from '../../i18n';

export const getStaticPaths = episodePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ episode: Episode }> = async ({ props }) => {
  const settings = getSettings();
  const png = await cachedShareImage(episodeShareContent(props.episode.data, settings, t), await artworkDataUrl(settings.artwork));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
