import { describe, expect, it } from 'vitest';
import { feedInput } from '../../../src/lib/feed/feed-input';
import { timedFeedFiles } from '../../../src/lib/transcript/feed-files';
import { labels, sampleEpisode, sampleSettings } from '../../support/feed-fixtures';

const site = 'https://podcast.example.de';

describe('transcript files in the feed', () => {
  it('a timed episode lists VTT as captions, SRT, JSON and HTML, and its JSON chapters', () => {
    expect(timedFeedFiles(site, '004-folge', { hasTranscript: true, hasTimedText: true, hasChapters: true })).toEqual({
      transcripts: [
        { url: `${site}/folgen/004-folge/transcript.vtt`, type: 'text/vtt', rel: 'captions' },
        { url: `${site}/folgen/004-folge/transcript.srt`, type: 'application/x-subrip' },
        { url: `${site}/folgen/004-folge/transcript.json`, type: 'application/json' },
        { url: `${site}/folgen/004-folge/transcript.html`, type: 'text/html' },
      ],
      chapters: { url: `${site}/folgen/004-folge/chapters.json`, type: 'application/json+chapters' },
    });
  });

  it('an untimed episode lists no timed files and no chapters file', () => {
    expect(timedFeedFiles(site, '006-folge', { hasTranscript: true, hasTimedText: false, hasChapters: false })).toEqual({
      transcripts: [],
      chapters: undefined,
    });
  });

  it('a timed feed item lists the HTML transcript file last, after the timed formats, instead of the episode page', () => {
    const episode = { ...sampleEpisode(1), chapters: [{ id: 'fazit', title: 'Fazit', start: 90 }], hasTimedText: true };
    const item = feedInput(sampleSettings(), [episode], labels, 'content/settings.yaml').items[0]!;
    expect(item.transcripts).toEqual([
      { url: `${site}/folgen/001-folge/transcript.vtt`, type: 'text/vtt', rel: 'captions' },
      { url: `${site}/folgen/001-folge/transcript.srt`, type: 'application/x-subrip' },
      { url: `${site}/folgen/001-folge/transcript.json`, type: 'application/json' },
      { url: `${site}/folgen/001-folge/transcript.html`, type: 'text/html' },
    ]);
    expect(item.chapters).toEqual({ url: `${site}/folgen/001-folge/chapters.json`, type: 'application/json+chapters' });
  });
});
