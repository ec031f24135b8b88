import type { FeedItem } from '../feed/build-feed';
import { absoluteUrl, chaptersPath, transcriptPath } from '../urls';

/**
 * The generated transcript and chapter files as feed item tags. VTT carries
 * `rel="captions"` because it is timed text meant to be shown while playing;
 * Apple Podcasts reads it (with speaker names) from there.
 * @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md#transcript
 * @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md#chapters
 */
export function timedFeedFiles(
  site: string,
  slug: string,
  { hasTimedText, hasChapters }: { hasTimedText: boolean; hasChapters: boolean },
): Pick<FeedItem, 'transcripts' | 'chapters'> {
  const url = (path: string) => absoluteUrl(site, path);
  return {
    transcripts: hasTimedText
      ? [
          { url: url(transcriptPath(slug, 'vtt')), type: 'text/vtt', rel: 'captions' },
          { url: url(transcriptPath(slug, 'srt')), type: 'application/x-subrip' },
          { url: url(transcriptPath(slug, 'json')), type: 'application/json' },
        ]
      : [],
    chapters: hasChapters ? { url: url(chaptersPath(slug)), type: 'application/json+chapters' } : undefined,
  };
}
