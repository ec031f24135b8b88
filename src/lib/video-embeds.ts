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
      // enablejsapi lets the player tell the page it has loaded (see isReadyMessage).
      player: `https://www.youtube-nocookie.com/embed/${video.youtube}?enablejsapi=1`,
      page: `https://www.youtube.com/watch?v=${video.youtube}`,
    };
  }
  return undefined;
}

/** Where each provider's player is served from; only messages from there count. */
export const playerOrigins: Record<VideoProvider, string> = {
  vimeo: 'https://player.vimeo.com',
  youtube: 'https://www.youtube-nocookie.com',
};

/**
 * A frame's load event fires for an error page too, so a player counts as loaded
 * only once it says so. The page sends this after the frame loads: Vimeo answers
 * a ping, YouTube starts talking once the page says it is listening.
 * @see https://github.com/vimeo/player.js (ready and ping messages)
 * @see https://developers.google.com/youtube/iframe_api_reference (the API behind enablejsapi)
 */
export function readyRequest(provider: VideoProvider): string {
  return JSON.stringify(provider === 'vimeo' ? { method: 'ping' } : { event: 'listening', id: 1, channel: 'widget' });
}

function messageData(data: unknown): Record<string, unknown> | undefined {
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
}

/** Whether a message from the player's frame says it has loaded. */
export function isReadyMessage(provider: VideoProvider, data: unknown): boolean {
  const message = messageData(data);
  if (!message) return false;
  if (provider === 'vimeo') return message.event === 'ready' || message.method === 'ping';
  return message.event === 'onReady' || message.event === 'initialDelivery';
}
