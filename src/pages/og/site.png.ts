import type { APIRoute } from 'astro';
import { getSettings } from '../../lib/settings';
import { artworkDataUrl, cachedShareImage } from '../../lib/sharing/share-image';

export const GET: APIRoute = async () => {
  const settings = getSettings();
  const png = await cachedShareImage(
    {
      kicker: settings.title,
      title: settings.subtitle ?? settings.description,
      footer: `${settings.author} · ${new URL(settings.site).host}`,
    },
    await artworkDataUrl(settings.artwork),
  );
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
