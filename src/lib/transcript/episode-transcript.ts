import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EpisodeContentError, getPublishedEpisodes, type Episode } from '../episodes';
import { withCacheKeys } from '../static-paths';
import { checkTimes } from './check-times';
import { bodyStartLine, parseTranscript, type Transcript } from './parse';

export interface EpisodeTranscript extends Transcript {
  /** At least one paragraph has a time mark: the caption and JSON transcript files exist. */
  hasTimedText: boolean;
}

const cache = new Map<string, EpisodeTranscript>();

/**
 * The episode's transcript, read from its file. A mistyped or out-of-order time
 * fails the build here, naming file, line and times, before any page is written.
 */
export function getEpisodeTranscript(episode: Episode): EpisodeTranscript {
  let transcript = cache.get(episode.file);
  if (!transcript) {
    transcript = readTranscript(episode);
    cache.set(episode.file, transcript);
  }
  return transcript;
}

function readTranscript(episode: Episode): EpisodeTranscript {
  const body = episode.entry.body ?? '';
  const fileText = readFileSync(resolve(episode.file), 'utf8');
  const transcript = parseTranscript(body, { firstLine: bodyStartLine(fileText, body) });
  const problems = [...transcript.problems, ...checkTimes(transcript, episode.audio.duration)].sort((a, b) => a.line - b.line);
  if (problems.length > 0) {
    throw new EpisodeContentError(problems.map(({ line, message }) => `${episode.file}:${line}: ${message}`).join('\n'));
  }
  return { ...transcript, hasTimedText: transcript.paragraphs.some((paragraph) => paragraph.start !== undefined) };
}

/** Each chapter heading's start, by the heading's id on the page. */
export function chapterStartsById(transcript: Transcript): Record<string, number> {
  return Object.fromEntries(transcript.chapters.map((chapter) => [chapter.id, chapter.start]));
}

/**
 * Static paths for the generated files: caption and JSON transcripts for
 * episodes with timed paragraphs, chapter files for episodes with chapters.
 * Untimed transcripts get neither, they stay valid as plain text on the page.
 */
export async function timedFilePaths(needs: 'timed-text' | 'chapters') {
  const paths = (await getPublishedEpisodes())
    .map((episode) => ({ episode, transcript: getEpisodeTranscript(episode) }))
    .filter(({ transcript }) => (needs === 'chapters' ? transcript.chapters.length > 0 : transcript.hasTimedText))
    .map((props) => ({ params: { slug: props.episode.slug }, props }));
  // The transcript follows from the entry (its digest is in the key) and the parser (code Astro tracks).
  return withCacheKeys(paths, ({ episode }) => ({ episode }));
}

export interface TimedFileProps {
  episode: Episode;
  transcript: EpisodeTranscript;
}
