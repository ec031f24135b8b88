import type { UiKey } from '../../i18n/ui';
import { episodePath } from '../urls';

/** What decides which files an episode gets. */
export interface TranscriptContents {
  /** The text is a transcript, not only show notes (`notesOnly`). */
  hasTranscript: boolean;
  /** At least one paragraph has a time mark. */
  hasTimedText: boolean;
  hasChapters: boolean;
}

export interface TranscriptFile {
  /** File name next to the episode page, `/folgen/<slug>/<name>`. */
  name: string;
  /** MIME type, served and announced in the feed. */
  type: string;
  /** Text types default to US-ASCII without it, and transcripts are full of umlauts. */
  charset?: 'utf-8';
  /** Which episodes have the file: every one, or those whose transcript holds what the format is made of. */
  exists: 'with transcript' | 'with timed text' | 'with chapters';
  /**
   * How the feed item lists it: `podcast:transcript` (VTT as `rel="captions"`,
   * so Apple Podcasts shows it while playing) or `podcast:chapters`.
   * @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md#transcript
   * @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md#chapters
   */
  feed?: { tag: 'transcript'; rel?: 'captions' } | { tag: 'chapters' };
  /** Link text under the transcript heading; files without one are not offered there. */
  label?: UiKey;
}

/** Every file made from an episode's transcript, in the order the page and the feed list them. */
export const TRANSCRIPT_FILES = {
  vtt: {
    name: 'transcript.vtt',
    type: 'text/vtt',
    charset: 'utf-8',
    exists: 'with timed text',
    feed: { tag: 'transcript', rel: 'captions' },
    label: 'transcript.vtt',
  },
  srt: {
    name: 'transcript.srt',
    type: 'application/x-subrip',
    charset: 'utf-8',
    exists: 'with timed text',
    feed: { tag: 'transcript' },
    label: 'transcript.srt',
  },
  json: {
    name: 'transcript.json',
    type: 'application/json',
    exists: 'with timed text',
    feed: { tag: 'transcript' },
    label: 'transcript.json',
  },
  /** The spec's HTML transcript; apps that show text get it instead of the whole episode page. */
  html: {
    name: 'transcript.html',
    type: 'text/html',
    charset: 'utf-8',
    exists: 'with timed text',
    feed: { tag: 'transcript' },
    label: 'transcript.html',
  },
  chapters: {
    name: 'chapters.json',
    type: 'application/json+chapters',
    exists: 'with chapters',
    feed: { tag: 'chapters' },
    label: 'transcript.chaptersJson',
  },
  text: { name: 'transcript.txt', type: 'text/plain', charset: 'utf-8', exists: 'with transcript' },
} as const satisfies Record<string, TranscriptFile>;

/** The files this transcript gets, in `TRANSCRIPT_FILES` order. */
export function transcriptFilesFor({ hasTranscript, hasTimedText, hasChapters }: TranscriptContents): TranscriptFile[] {
  const present = { 'with transcript': hasTranscript, 'with timed text': hasTranscript && hasTimedText, 'with chapters': hasChapters };
  return Object.values(TRANSCRIPT_FILES).filter((file) => present[file.exists]);
}

export const transcriptFilePath = (slug: string, file: TranscriptFile) => `${episodePath(slug)}${file.name}`;

export function transcriptFileResponse(file: TranscriptFile, content: string): Response {
  return new Response(content, { headers: { 'Content-Type': file.charset ? `${file.type}; charset=${file.charset}` : file.type } });
}
