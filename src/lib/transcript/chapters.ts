import type { Chapter } from './episode-body';

export interface JsonChapters {
  version: '1.2.0';
  title: string;
  podcastName: string;
  chapters: { startTime: number; endTime: number; title: string; url: string }[];
}

/**
 * Podcasting 2.0 JSON chapters; each chapter links to its section of the
 * transcript on the episode page.
 * @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/chapters/jsonChapters.md
 */
export function toJsonChapters(
  chapters: readonly Chapter[],
  { title, podcastName, pageUrl, duration }: { title: string; podcastName: string; pageUrl: string; duration: number },
): JsonChapters {
  return {
    version: '1.2.0',
    title,
    podcastName,
    chapters: chapters.map((chapter, index) => ({
      startTime: chapter.start,
      endTime: chapters[index + 1]?.start ?? duration,
      title: chapter.text,
      url: sectionUrl(pageUrl, chapter.id),
    })),
  };
}

/** Heading ids keep umlauts (`#begrüßung`); feeds and apps get them percent-encoded. */
const sectionUrl = (pageUrl: string, id: string) => new URL(`#${id}`, pageUrl).href;
