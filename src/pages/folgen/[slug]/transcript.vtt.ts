import type { APIRoute, GetStaticPaths } from 'astro';
import { getEpisodeTranscript, transcriptFilePaths, type TranscriptFileProps } from '../../../lib/transcript/episode-transcript';
import { TRANSCRIPT_FILES, transcriptFileResponse } from '../../../lib/transcript/files';
import { toWebVtt } from '../../../lib/transcript/vtt';

export const getStaticPaths = (() => transcriptFilePaths(TRANSCRIPT_FILES.vtt)) satisfies GetStaticPaths;

export const GET: APIRoute<TranscriptFileProps> = ({ props: { episode } }) =>
  transcriptFileResponse(TRANSCRIPT_FILES.vtt, toWebVtt(getEpisodeTranscript(episode).paragraphs, episode.audio.duration));
