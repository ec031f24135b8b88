import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { getPublishedEpisodes, type Episode } from '../lib/episodes';
import { checkPublicArtwork } from '../lib/feed/artwork';
import { buildFeed } from '../lib/feed/build-feed';
import { FeedContentError, feedInput, type FeedEpisode } from '../lib/feed/feed-input';
import { CHAPTER_STARTS_KEY } from '../lib/markdown/heading-anchors';
import { getSettings, SETTINGS_FILE } from '../lib/settings';
import { buildToc } from '../lib/toc';
import { t } from '../i18n';

/**
 * The podcast feed. Built by our own `buildFeed`, not `@astrojs/rss`: its
 * `customData` turns numeric-looking text into numbers (guid `0815` becomes `815`)
 * and drops CDATA, and guids must survive byte for byte.
 */

async function withChapters(episode: Episode): Promise<FeedEpisode> {
  const { headings, remarkPluginFrontmatter } = await render(episode.entry);
  const toc = buildToc(headings, remarkPluginFrontmatter[CHAPTER_STARTS_KEY]);
  const chapters = toc
    .flatMap((item) => [item, ...item.children])
    .flatMap(({ id, text, start }) => (start === undefined ? [] : [{ id, title: text, start }]));
  return { ...episode, chapters };
}

export const GET: APIRoute = async () => {
  const settings = getSettings();
  if (settings.artwork.startsWith('/')) {
    const problem = checkPublicArtwork(process.cwd(), settings.artwork);
    if (problem) throw new FeedContentError(`${SETTINGS_FILE}: artwork: ${problem} (Apple Podcasts requires a square JPEG or PNG of 1400 to 3000 px).`);
  }
  const episodes = await Promise.all((await getPublishedEpisodes()).map(withChapters));
  const labels = { chapters: t('feed.chapters'), links: t('feed.links'), transcript: t('feed.transcript'), funding: t('feed.funding') };
  const xml = buildFeed(feedInput(settings, episodes, labels, SETTINGS_FILE));
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
