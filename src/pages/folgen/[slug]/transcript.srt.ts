import type { APIRoute, GetStaticPaths } from 'astro';
import { timedFilePaths, type TimedFileProps } from '../../../lib/transcript/episode-transcript';
import { toSrt } from '../../../lib/transcript/srt';

export const getStaticPaths = (() => timedFilePaths('timed-text')) satisfies GetStaticPaths;

export const GET: APIRoute<TimedFileProps> = ({ props }) =>
  new Response(toSrt(props.transcript.paragraphs, props.episode.audio.duration), { headers: { 'Content-Type': 'application/x-subrip; charset=utf-8' } });
