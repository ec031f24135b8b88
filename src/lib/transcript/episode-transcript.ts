import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EpisodeContentError, getPublishedEpisodes, type Episode } from '../episodes';
import { withCacheKeys } from '../static-paths';
import { checkTimes } from './check-times';
import { frontmatterBody } from '../frontmatter';
import { bodyFormat, bodyStartLine, readEpisodeBody, type EpisodeBody } from './episode-body';
import { transcriptFilesFor, type TranscriptContents, type TranscriptFile } from './files';

export interface EpisodeTranscript extends EpisodeBody, TranscriptContents {}

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
  const fileText = readFileSync(resolve(episode.file), 'utf8');
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

/**
 * Static paths for one of the generated files: the episodes whose transcript
 * holds what the format is made of. Untimed transcripts get no timed files;
 * they stay valid as plain text on the page.
 */
export async function transcriptFilePaths(file: TranscriptFile) {
  const paths = (await getPublishedEpisodes())
    .map((episode) => ({ episode, transcript: getEpisodeTranscript(episode) }))
    .filter(({ transcript }) => transcriptFilesFor(transcript).includes(file))
    .map((props) => ({ params: { slug: props.episode.slug }, props }));
  // The transcript follows from the entry (its digest is in the key) and the reader (code Astro tracks).
  return withCacheKeys(paths, ({ episode }) => ({ episode }));
}

export interface TranscriptFileProps {
  episode: Episode;
  transcript: EpisodeTranscript;
}
