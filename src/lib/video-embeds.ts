/**
 * Player and page addresses for episode videos. The player loads only after consent;
 * Vimeo's `dnt=1` stops it from tracking the session, YouTube's nocookie host sets no cookie until play.
 * @see https://help.vimeo.com/hc/en-us/articles/12426260232977-Player-parameters-overview
 * @see https://support.google.com/youtube/answer/171780 (privacy-enhanced mode)
 */

export type VideoProvider = 'vimeo' | 'youtube';

export interface VideoEmbed {
  provider: VideoProvider;
  /** Player address for the iframe. */
  player: string;
  /** The video's own page, for visitors who prefer to watch it there. */
  page: string;
}

const VIMEO_ID = /^\d{1,12}$/;
const YOUTUBE_ID = /^[\w-]{11}$/;

export function videoEmbed(video: { vimeo?: string | undefined; youtube?: string | undefined } | undefined): VideoEmbed | undefined {
  if (video?.vimeo !== undefined) {
    if (!VIMEO_ID.test(video.vimeo)) throw new Error(`video.vimeo: expected the numeric Vimeo video id (found "${video.vimeo}")`);
    return { provider: 'vimeo', player: `https://player.vimeo.com/video/${video.vimeo}?dnt=1`, page: `https://vimeo.com/${video.vimeo}` };
  }
  if (video?.youtube !== undefined) {
    if (!YOUTUBE_ID.test(video.youtube))
      throw new Error(`video.youtube: expected the 11-character YouTube video id (found "${video.youtube}")`);
    return {
      provider: 'youtube',
      player: `https://www.youtube-nocookie.com/embed/${video.youtube}`,
      page: `https://www.youtube.com/watch?v=${video.youtube}`,
    };
  }
  return undefined;
}
