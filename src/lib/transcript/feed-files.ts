import type { FeedItem } from '../feed/build-feed';
import { absoluteUrl } from '../urls';
import { transcriptFilePath, transcriptFilesFor, type TranscriptContents } from './files';

/** The generated transcript and chapter files as feed item tags, as `TRANSCRIPT_FILES` describes them. */
export function timedFeedFiles(site: string, slug: string, contents: TranscriptContents): Pick<FeedItem, 'transcripts' | 'chapters'> {
  const listed = transcriptFilesFor(contents).flatMap((file) =>
    file.feed ? [{ feed: file.feed, type: file.type, url: absoluteUrl(site, transcriptFilePath(slug, file)) }] : [],
  );
  const chapters = listed.find(({ feed }) => feed.tag === 'chapters');
  return {
    transcripts: listed.flatMap(({ feed, url, type }) =>
      feed.tag === 'transcript' ? [{ url, type, ...(feed.rel && { rel: feed.rel }) }] : [],
    ),
    chapters: chapters && { url: chapters.url, type: chapters.type },
  };
}
