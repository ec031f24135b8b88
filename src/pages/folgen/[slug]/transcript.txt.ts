import type { APIRoute, GetStaticPaths } from 'astro';
import { getSettings } from '../../../lib/settings';
import { getEpisodeTranscript, transcriptFilePaths, type TranscriptFileProps } from '../../../lib/transcript/episode-transcript';
import { TRANSCRIPT_FILES, transcriptFileResponse } from '../../../lib/transcript/files';
import { transcriptTextFile } from '../../../lib/transcript/text-file';
import { absoluteUrl, episodePath } from '../../../lib/urls';

export const getStaticPaths = (() => transcriptFilePaths(TRANSCRIPT_FILES.text)) satisfies GetStaticPaths;

export const GET: APIRoute<TranscriptFileProps> = ({ props: { episode } }) => {
  const transcript = getEpisodeTranscript(episode);
  const { site, title: podcast } = getSettings();
  const text = transcriptTextFile({
    title: episode.data.title,
    podcast,
    url: absoluteUrl(site, episodePath(episode.slug)),
    text: transcript.plainText,
  });
  return transcriptFileResponse(TRANSCRIPT_FILES.text, text);
};
