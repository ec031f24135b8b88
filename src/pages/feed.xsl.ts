import type { APIRoute } from 'astro';
import { feedStylesheet } from '../lib/feed/feed-stylesheet';
import { subscribePath } from '../lib/urls';
import { language, t } from '../i18n';

/** The stylesheet `feed.xml` names, so a browser shows the feed as a page (src/lib/feed/feed-stylesheet.ts). */
export const GET: APIRoute = () =>
  new Response(
    feedStylesheet({
      language,
      title: t('feed.pageTitle'),
      note: t('feed.pageNote'),
      subscribe: t('subscribe.allOptions'),
      subscribeHref: subscribePath,
      episodes: t('feed.pageEpisodes'),
    }),
    { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } },
  );
