import type { APIRoute, GetStaticPaths } from 'astro';
import { getSettings } from '../../../lib/settings';
import { absoluteUrl, episodePath } from '../../../lib/urls';
import { toJsonChapters } from '../../../lib/transcript/chapters';
import { timedFilePaths, type TimedFileProps } from '../../../lib/transcript/episode-transcript';

export const getStaticPaths = (() => timedFilePaths('chapters')) satisfies GetStaticPaths;

/** @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/chapters/jsonChapters.md (served as application/json+chapters) */
export const GET: APIRoute<TimedFileProps> = ({ props: { episode, transcript } }) => {
  const settings = getSettings();
  const chapters = toJsonChapters(transcript.chapters, {
    title: episode.data.title,
    podcastName: settings.title,
    pageUrl: absoluteUrl(settings.site, episodePath(episode.slug)),
    duration: episode.audio.duration,
  });
  return new Response(JSON.stringify(chapters), { headers: { 'Content-Type': 'application/json+chapters' } });
};
