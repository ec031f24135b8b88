import type { APIRoute, GetStaticPaths } from 'astro';
import { getEpisodeTranscript, transcriptFilePaths, type TranscriptFileProps } from '../../../lib/transcript/episode-transcript';
import { TRANSCRIPT_FILES, transcriptFileResponse } from '../../../lib/transcript/files';
import { toSrt } from '../../../lib/transcript/srt';

export const getStaticPaths = (() => transcriptFilePaths(TRANSCRIPT_FILES.srt)) satisfies GetStaticPaths;

export const GET: APIRoute<TranscriptFileProps> = ({ props: { episode } }) =>
  transcriptFileResponse(TRANSCRIPT_FILES.srt, toSrt(getEpisodeTranscript(episode).paragraphs, episode.audio.duration));
