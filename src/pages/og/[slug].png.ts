import type { APIRoute, GetStaticPaths } from 'astro';
import type { Episode } from '../../lib/episodes';
import { getSettings } from '../../lib/settings';
import { artworkDataUrl, episodeKicker, cachedShareImage } from '../../lib/sharing/share-image';
import { episodePaths } from '../../lib/static-paths';
import { t } from '../../i18n';

export const getStaticPaths = episodePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ episode: Episode }> = async ({ props }) => {
  const settings = getSettings();
  const { data } = props.episode;
  const png = await cachedShareImage(
    { kicker: episodeKicker(data, t), title: data.title, footer: `${settings.title} · ${new URL(settings.site).host}` },
    await artworkDataUrl(settings.artwork),
  );
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
