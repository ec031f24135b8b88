import type { APIRoute, GetStaticPaths } from 'astro';
import { timedFilePaths, type TimedFileProps } from '../../../lib/transcript/episode-transcript';
import { toWebVtt } from '../../../lib/transcript/vtt';

export const getStaticPaths = (() => timedFilePaths('timed-text')) satisfies GetStaticPaths;

export const GET: APIRoute<TimedFileProps> = ({ props }) =>
  new Response(toWebVtt(props.transcript.paragraphs, props.episode.audio.duration), { headers: { 'Content-Type': 'text/vtt; charset=utf-8' } });
