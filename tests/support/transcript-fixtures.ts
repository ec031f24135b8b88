import { resolve } from 'node:path';

/**
 * Transcript files of every format `npm run transcript` reads
 * (tests/fixtures/transcripts/), each with the episode file it must turn
 * into (tests/fixtures/transcripts/expected/<slug>.md).
 */

export const TRANSCRIPT_FIXTURES = resolve('tests/fixtures/transcripts');

export interface TranscriptFixture {
  /** Slug of the episode the transcript goes into, and name of its expected file. */
  slug: string;
  file: string;
  /** Options after the two file arguments. */
  options: string[];
  /** What the fixture shows. */
  about: string;
}

const chapters = (file: string) => ['--chapters', resolve(TRANSCRIPT_FIXTURES, file)];

export const TRANSCRIPT_CASES: TranscriptFixture[] = [
  {
    slug: 'webvtt-voices',
    file: 'webvtt-voices.vtt',
    options: chapters('chapters.json'),
    about: 'WebVTT with voice spans, two voices in one cue, header, STYLE and NOTE blocks, tags, entities, Podcasting 2.0 chapters',
  },
  { slug: 'webvtt-prefixes', file: 'webvtt-prefixes.vtt', options: [], about: 'WebVTT with "Name:" prefixes' },
  {
    slug: 'subrip-speakers',
    file: 'subrip-speakers.srt',
    options: [],
    about: 'SubRip with "Name:" prefixes, CRLF, tags, a blank line inside a cue, a missing cue number and a full stop in a time',
  },
  {
    slug: 'subrip-plain',
    file: 'subrip-plain.srt',
    options: chapters('chapters.txt'),
    about: 'SubRip without speakers: a long monologue split at sentence ends, abbreviations kept whole, a chapter list',
  },
  { slug: 'podcasting20-json', file: 'podcasting20.json', options: [], about: 'Podcasting 2.0 JSON, word by word, with markup-like words' },
  { slug: 'whisper-json', file: 'whisper.json', options: [], about: 'OpenAI Whisper JSON, no speakers' },
  {
    slug: 'whisper-cpp-json',
    file: 'whisper-cpp.json',
    options: ['--speakers', '0=Oliver,1=Katrin'],
    about: 'whisper.cpp JSON with stereo diarization, special tokens and silence',
  },
  {
    slug: 'whisperx-json',
    file: 'whisperx.json',
    options: ['--speakers', 'SPEAKER_00=Oliver', '--speakers', 'SPEAKER_01=Katrin', ...chapters('chapters.psc.xml')],
    about: 'WhisperX JSON with diarization labels and a segment without speaker, Podlove Simple Chapters',
  },
  { slug: 'descript', file: 'descript.txt', options: [], about: 'Descript text export: time, speaker and text on a line' },
  { slug: 'riverside', file: 'riverside.txt', options: [], about: 'Riverside text export: speaker and time above the text' },
  { slug: 'otter', file: 'otter.txt', options: [], about: 'Otter text export, with a speaker nobody named' },
  { slug: 'podcasting20-html', file: 'podcasting20.html', options: [], about: 'Podcasting 2.0 HTML transcript' },
  {
    slug: 'with-chapters',
    file: 'with-chapters.txt',
    options: [],
    about: "a text transcript with its own chapter headings, in the site's Markdown",
  },
  {
    slug: 'youtube-rollup',
    file: 'youtube-rollup.vtt',
    options: [],
    about: "YouTube's automatic roll-up captions: each line shown twice, word timings, a line said twice on purpose",
  },
];

/** The episode each fixture is converted into: frontmatter and show notes that must come out unchanged. */
export function fixtureEpisode(index: number): string {
  return [
    '---',
    'title: "Backups, die keiner testet"',
    `episode: ${42 + index}`,
    'season: 2',
    `published: 2024-10-${String(index + 1).padStart(2, '0')}`,
    'summary: "Oliver und Katrin Albers über Backups, die nie zurückgespielt wurden."',
    'audio:',
    '  url: https://audio.example.de/backups.mp3',
    '  bytes: 4800000',
    '  duration: "00:05:00"',
    'guests:',
    '  - name: Katrin Albers',
    '    role: guest',
    '---',
    '',
    'Katrin Albers erklärt, warum *jedes* Backup geübt werden muss – und was passiert, wenn nicht.',
    '',
    '## Transkript',
    '',
  ].join('\n');
}
