import type { APIRoute, GetStaticPaths } from 'astro';
import { getSettings } from '../../../lib/settings';
import { absoluteUrl, episodePath } from '../../../lib/urls';
import { toJsonChapters } from '../../../lib/transcript/chapters';
import { getEpisodeTranscript, transcriptFilePaths, type TranscriptFileProps } from '../../../lib/transcript/episode-transcript';
import { TRANSCRIPT_FILES, transcriptFileResponse } from '../../../lib/transcript/files';

export const getStaticPaths = (() => transcriptFilePaths(TRANSCRIPT_FILES.chapters)) satisfies GetStaticPaths;

/** @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/chapters/jsonChapters.md */
export const GET: APIRoute<TranscriptFileProps> = ({ props: { episode } }) => {
  const transcript = getEpisodeTranscript(episode);
  const settings = getSettings();
  const chapters = toJsonChapters(transcript.chapters, {
    title: episode.data.title,
    podcastName: settings.title,
    pageUrl: absoluteUrl(settings.site, episodePath(episode.slug)),
    duration: episode.audio.duration,
  });
  return transcriptFileResponse(TRANSCRIPT_FILES.chapters, JSON.stringify(chapters));
};
