import type { APIRoute, GetStaticPaths } from 'astro';
import { timedFilePaths, type TimedFileProps } from '../../../lib/transcript/episode-transcript';
import { toJsonTranscript } from '../../../lib/transcript/json-transcript';

export const getStaticPaths = (() => timedFilePaths('timed-text')) satisfies GetStaticPaths;

export const GET: APIRoute<TimedFileProps> = ({ props }) =>
  Response.json(toJsonTranscript(props.transcript.paragraphs, props.episode.audio.duration));
