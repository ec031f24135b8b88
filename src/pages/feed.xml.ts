import type { APIRoute } from 'astro';
import { getPublishedEpisodes, type Episode } from '../lib/episodes';
import { checkPublicArtwork } from '../lib/feed/artwork';
import { buildFeed } from '../lib/feed/build-feed';
import { FEED_STYLESHEET_PATH } from '../lib/feed/feed-stylesheet';
import { FeedContentError, feedInput, type FeedEpisode } from '../lib/feed/feed-input';
import { getSettings, SETTINGS_FILE } from '../lib/settings';
import { getEpisodeTranscript } from '../lib/transcript/episode-transcript';
import { t } from '../i18n';

/**
 * The podcast feed. Built by our own `buildFeed`, not `@astrojs/rss`: its
 * `customData` turns numeric-looking text into numbers (guid `0815` becomes `815`)
 * and drops CDATA, and guids must survive byte for byte.
 */

/** Chapters and timed files come from the transcript reader the episode pages and transcript files use. */
function withTranscript(episode: Episode): FeedEpisode {
  const transcript = getEpisodeTranscript(episode);
  const chapters = transcript.chapters.map(({ id, text, start }) => ({ id, title: text, start }));
  return { ...episode, chapters, hasTimedText: transcript.hasTimedText };
}

export const GET: APIRoute = async () => {
  const settings = getSettings();
  if (settings.artwork.startsWith('/')) {
    const problem = checkPublicArtwork(process.cwd(), settings.artwork);
    if (problem)
      throw new FeedContentError(
        `${SETTINGS_FILE}: artwork: ${problem} (Apple Podcasts requires a square JPEG or PNG of 1400 to 3000 px).`,
      );
  }
  const episodes = (await getPublishedEpisodes()).map(withTranscript);
  const labels = { chapters: t('feed.chapters'), links: t('feed.links'), transcript: t('feed.transcript') };
  const xml = buildFeed(feedInput(settings, episodes, labels, SETTINGS_FILE), { stylesheet: FEED_STYLESHEET_PATH });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
