import type { Translate } from '../../i18n/translate';
import type { SiteSettings } from '../../schemas/settings';
import { episodeKicker } from './share-content';
import type { SeoExtras } from './social-meta';
import { breadcrumbListNode, chapterClips, episodeTrail, podcastEpisodeNode, type EpisodeFacts, type Heading } from './structured-data';
import { absoluteUrl, episodePath, shareImagePath } from '../urls';

type EpisodeInput = EpisodeFacts & { data: EpisodeFacts['data'] & { type: 'full' | 'trailer' | 'bonus' } };

/** Everything an episode page tells networks and search engines about itself. */
export function episodeSeo(
  episode: EpisodeInput,
  settings: Pick<SiteSettings, 'title' | 'description' | 'site' | 'artwork' | 'language' | 'host' | 'author'>,
  rendered: { headings: readonly Heading[]; chapterStarts: Readonly<Record<string, number>> | undefined },
  t: Translate,
): SeoExtras & { url: string } {
  const url = absoluteUrl(settings.site, episodePath(episode.slug));
  const image = {
    path: shareImagePath(episode.slug),
    alt: t('seo.episodeImageAlt', { kicker: episodeKicker(episode.data, t), title: episode.data.title }),
  };
  const chapters = chapterClips(rendered.headings, rendered.chapterStarts ?? {}, url, episode.audio.duration);
  return {
    url,
    image,
    type: 'article',
    published: episode.data.published,
    audio: { url: absoluteUrl(settings.site, episode.audio.url), type: episode.audio.type },
    jsonLd: [
      podcastEpisodeNode(episode, settings, { image: absoluteUrl(settings.site, image.path), chapters }),
      breadcrumbListNode(episodeTrail(episode, { home: t('nav.home'), archive: t('archive.title') }), settings.site),
    ],
  };
}
