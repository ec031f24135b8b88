import type { APIRoute, GetStaticPaths } from 'astro';
import { getEpisodeTranscript, transcriptFilePaths, type TranscriptFileProps } from '../../../lib/transcript/episode-transcript';
import { TRANSCRIPT_FILES, transcriptFileResponse } from '../../../lib/transcript/files';
import { toJsonTranscript } from '../../../lib/transcript/json-transcript';

export const getStaticPaths = (() => transcriptFilePaths(TRANSCRIPT_FILES.json)) satisfies GetStaticPaths;

export const GET: APIRoute<TranscriptFileProps> = ({ props: { episode } }) =>
  transcriptFileResponse(
    TRANSCRIPT_FILES.json,
    JSON.stringify(toJsonTranscript(getEpisodeTranscript(episode).paragraphs, episode.audio.duration)),
  );
