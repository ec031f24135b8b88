import { describe, expect, it } from 'vitest';
import { TRANSCRIPT_FILES, transcriptFilePath, transcriptFileResponse, transcriptFilesFor } from '../../../src/lib/transcript/files';

describe('the files made from a transcript', () => {
  it.each([
    [
      { hasTranscript: true, hasTimedText: true, hasChapters: true },
      ['transcript.vtt', 'transcript.srt', 'transcript.json', 'transcript.html', 'chapters.json', 'transcript.txt'],
    ],
    [
      { hasTranscript: true, hasTimedText: true, hasChapters: false },
      ['transcript.vtt', 'transcript.srt', 'transcript.json', 'transcript.html', 'transcript.txt'],
    ],
    [{ hasTranscript: true, hasTimedText: false, hasChapters: true }, ['chapters.json', 'transcript.txt']],
    [{ hasTranscript: true, hasTimedText: false, hasChapters: false }, ['transcript.txt']],
    // Show notes are no transcript, even where a paragraph starts with a time.
    [{ hasTranscript: false, hasTimedText: true, hasChapters: true }, ['chapters.json']],
    [{ hasTranscript: false, hasTimedText: false, hasChapters: false }, []],
  ])('%o gets %j', (contents, names) => {
    expect(transcriptFilesFor(contents).map((file) => file.name)).toEqual(names);
  });

  it('live next to the episode page', () => {
    expect(transcriptFilePath('004-folge', TRANSCRIPT_FILES.vtt)).toBe('/folgen/004-folge/transcript.vtt');
  });

  it.each([
    [TRANSCRIPT_FILES.vtt, 'text/vtt; charset=utf-8'],
    [TRANSCRIPT_FILES.srt, 'application/x-subrip; charset=utf-8'],
    [TRANSCRIPT_FILES.json, 'application/json'],
    [TRANSCRIPT_FILES.html, 'text/html; charset=utf-8'],
    [TRANSCRIPT_FILES.chapters, 'application/json+chapters'],
    [TRANSCRIPT_FILES.text, 'text/plain; charset=utf-8'],
  ])('$name is served as %s', (file, contentType) => {
    expect(transcriptFileResponse(file, 'ä').headers.get('Content-Type')).toBe(contentType);
  });
});
