import type { APIRoute, GetStaticPaths } from 'astro';
import { transcriptFilePaths, type TranscriptFileProps } from '../../../lib/transcript/episode-transcript';
import { TRANSCRIPT_FILES, transcriptFileResponse } from '../../../lib/transcript/files';
import { toJsonTranscript } from '../../../lib/transcript/json-transcript';

export const getStaticPaths = (() => transcriptFilePaths(TRANSCRIPT_FILES.json)) satisfies GetStaticPaths;

export const GET: APIRoute<TranscriptFileProps> = ({ props }) =>
  transcriptFileResponse(
    TRANSCRIPT_FILES.json,
    JSON.stringify(toJsonTranscript(props.transcript.paragraphs, props.episode.audio.duration)),
  );
