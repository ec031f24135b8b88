import type { EpisodeData } from '../../schemas/episode';
import type { SiteSettings } from '../../schemas/settings';
import type { Translate } from '../../i18n/translate';

/** What a share image says (src/lib/sharing/share-image.ts draws it); apart from the drawing, so the build's content check can name it without loading the renderer. */
export interface ShareImageContent {
  /** Small line above the title: "Folge 4 · Staffel 1", "Trailer" or the podcast's subtitle. */
  kicker: string;
  title: string;
  /** Bottom line: the podcast name and site address. */
  footer: string;
}

/** "Folge 4 · Staffel 1", "Trailer" or "Bonus": the line above an episode's title. */
export function episodeKicker(data: Pick<EpisodeData, 'type' | 'episode' | 'season'>, t: Translate): string {
  const parts = [
    data.type === 'trailer' ? t('episode.trailer') : data.type === 'bonus' ? t('episode.bonus') : undefined,
    data.episode !== undefined ? t('episode.number', { n: data.episode }) : undefined,
    data.season !== undefined ? t('episode.season', { n: data.season }) : undefined,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** What an episode's share image shows: its line, its title and the podcast with the site's address. */
export function episodeShareContent(
  data: Pick<EpisodeData, 'type' | 'episode' | 'season' | 'title'>,
  settings: Pick<SiteSettings, 'title' | 'site'>,
  t: Translate,
): ShareImageContent {
  return { kicker: episodeKicker(data, t), title: data.title, footer: `${settings.title} · ${new URL(settings.site).host}` };
}
