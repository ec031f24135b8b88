import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../i18n';
import { getSettings } from '../../../lib/settings';
import { getEpisodeTranscript, transcriptFilePaths, type TranscriptFileProps } from '../../../lib/transcript/episode-transcript';
import { TRANSCRIPT_FILES, transcriptFileResponse } from '../../../lib/transcript/files';
import { toHtmlTranscript } from '../../../lib/transcript/html-transcript';
import { absoluteUrl, episodePath } from '../../../lib/urls';

export const getStaticPaths = (() => transcriptFilePaths(TRANSCRIPT_FILES.html)) satisfies GetStaticPaths;

export const GET: APIRoute<TranscriptFileProps> = ({ props: { episode } }) => {
  const transcript = getEpisodeTranscript(episode);
  const settings = getSettings();
  const html = toHtmlTranscript(transcript.paragraphs, {
    title: t('transcript.htmlTitle', { title: episode.data.title, podcast: settings.title }),
    language: settings.language,
    pageUrl: absoluteUrl(settings.site, episodePath(episode.slug)),
  });
  return transcriptFileResponse(TRANSCRIPT_FILES.html, html);
};
