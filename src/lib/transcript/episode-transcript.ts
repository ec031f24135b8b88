import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EpisodeContentError, getPublishedEpisodes, type Episode } from '../episodes';
import { withCacheKeys } from '../static-paths';
import { checkTimes } from './check-times';
import { frontmatterBody } from '../frontmatter';
import { bodyFormat, bodyStartLine, readEpisodeBody, type EpisodeBody } from './episode-body';
import { transcriptFilesFor, type TranscriptContents, type TranscriptFile } from './files';

export interface EpisodeTranscript extends EpisodeBody, TranscriptContents {}

/**
 * Characters of episode files whose parsed transcripts stay in memory for the
 * build: about 2,000 hour-long episodes, 140 MB of heap. Astro renders route by
 * route, so every transcript is asked for by the episode page and again by each
 * transcript file; kept, it is parsed once (0.5 ms). Beyond this, the first
 * transcripts stay and later ones are parsed each time: keeping all 5,000 of a
 * daily show cost 340 MB, and evicting old ones would miss on every visit,
 * since each route asks for the episodes in the same order.
 */
export const TRANSCRIPT_CACHE_CHARS = 64_000_000;

const cache = new Map<string, EpisodeTranscript>();
let cachedChars = 0;

/**
 * The episode's transcript, read from its file. A mistyped or out-of-order time
 * fails the build here, naming file, line and times, before any page is written.
 */
export function getEpisodeTranscript(episode: Episode): EpisodeTranscript {
  const cached = cache.get(episode.file);
  if (cached) return cached;
  const fileText = readFileSync(resolve(episode.file), 'utf8');
  const transcript = readTranscript(episode, fileText);
  if (cachedChars + fileText.length <= TRANSCRIPT_CACHE_CHARS) {
    cache.set(episode.file, transcript);
    cachedChars += fileText.length;
  }
  return transcript;
}

function readTranscript(episode: Episode, fileText: string): EpisodeTranscript {
  const body = frontmatterBody(fileText);
  const transcript = readEpisodeBody(body, { format: bodyFormat(episode.file), firstLine: bodyStartLine(fileText, body) });
  const problems = [...transcript.problems, ...checkTimes(transcript, episode.audio.duration)].sort((a, b) => a.line - b.line);
  if (problems.length > 0) {
    throw new EpisodeContentError(problems.map(({ line, message }) => `${episode.file}:${line}: ${message}`).join('\n'));
  }
  // Show notes may start a paragraph with a time; that makes them no transcript, so no captions are made of them.
  const hasTranscript = !episode.data.notesOnly;
  return {
    ...transcript,
    hasTranscript,
    hasTimedText: hasTranscript && transcript.paragraphs.some((paragraph) => paragraph.start !== undefined),
    hasChapters: transcript.chapters.length > 0,
  };
}

/** Each chapter heading's start, by the heading's id on the page. */
export function chapterStartsById(transcript: Pick<EpisodeBody, 'chapters'>): Record<string, number> {
  return Object.fromEntries(transcript.chapters.map((chapter) => [chapter.id, chapter.start]));
}

/** By episode file, the transcript files it gets: six routes ask, and a transcript beyond the cache would be parsed by each. */
const filesByEpisode = new Map<string, TranscriptFile[]>();

function transcriptFilesOf(episode: Episode): TranscriptFile[] {
  let files = filesByEpisode.get(episode.file);
  if (!files) {
    files = transcriptFilesFor(getEpisodeTranscript(episode));
    filesByEpisode.set(episode.file, files);
  }
  return files;
}

/**
 * Static paths for one of the generated files: the episodes whose transcript
 * holds what the format is made of. Untimed transcripts get no timed files;
 * they stay valid as plain text on the page. The props carry the episode only:
 * Astro keeps every route's props for the whole build, so the file's route
 * asks for the transcript when it renders.
 */
export async function transcriptFilePaths(file: TranscriptFile) {
  const paths = (await getPublishedEpisodes())
    .filter((episode) => transcriptFilesOf(episode).includes(file))
    .map((episode) => ({ params: { slug: episode.slug }, props: { episode } }));
  // The transcript follows from the entry (its digest is in the key) and the reader (code Astro tracks).
  return withCacheKeys(paths, ({ episode }) => ({ episode }));
}

export interface TranscriptFileProps {
  episode: Episode;
}
