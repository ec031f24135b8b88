import { getCollection } from 'astro:content';
import { getPublishedEpisodes } from './episodes';
import { episodePath } from './urls';
import type { TestimonialData } from '../schemas/testimonial';

export interface TestimonialSource {
  /** The source file, for error messages. */
  file: string;
  data: TestimonialData;
}

export interface ShownTestimonial {
  name: string;
  role: string | undefined;
  quote: string;
  /** The episode it is about, when that episode is published. */
  episode: { title: string; path: string } | undefined;
}

export class TestimonialError extends Error {
  override name = 'TestimonialError';
}

/**
 * Quotes to show, newest first: on an episode page the ones about that episode
 * lead. A quote about an episode that is not published yet waits for it, so no
 * page links to a draft; one naming no episode at all is a typo and stops the build.
 */
export function selectTestimonials(
  sources: readonly TestimonialSource[],
  {
    allEpisodeSlugs,
    published,
    episodeSlug,
    limit,
  }: { allEpisodeSlugs: ReadonlySet<string>; published: ReadonlyMap<string, string>; episodeSlug?: string; limit: number },
): ShownTestimonial[] {
  for (const { file, data } of sources) {
    if (data.episode !== undefined && !allEpisodeSlugs.has(data.episode)) {
      throw new TestimonialError(
        `${file}: episode: there is no episode "${data.episode}"; expected the file name of an episode without .md, like ${[...allEpisodeSlugs].sort()[0] ?? '004-vertraust-du-deiner-it'}.`,
      );
    }
  }
  const rank = (data: TestimonialData) => (episodeSlug !== undefined && data.episode === episodeSlug ? 0 : 1);
  return sources
    .filter(({ data }) => data.episode === undefined || published.has(data.episode))
    .toSorted(
      (a, b) =>
        rank(a.data) - rank(b.data) ||
        (b.data.date?.getTime() ?? 0) - (a.data.date?.getTime() ?? 0) ||
        a.data.name.localeCompare(b.data.name),
    )
    .slice(0, limit)
    .map(({ data }) => ({
      name: data.name,
      role: data.role,
      quote: data.quote,
      episode: data.episode === undefined ? undefined : { title: published.get(data.episode)!, path: episodePath(data.episode) },
    }));
}

let sources: Promise<{ testimonials: TestimonialSource[]; allEpisodeSlugs: Set<string> }> | undefined;

/** The testimonial files and every episode slug (drafts too), read once per build. */
function getTestimonialSources() {
  sources ??= Promise.all([getCollection('testimonials'), getCollection('episodes')]).then(([testimonials, episodes]) => ({
    testimonials: testimonials.map((entry) => ({ file: entry.filePath ?? `content/testimonials/${entry.id}.md`, data: entry.data })),
    allEpisodeSlugs: new Set(episodes.map(({ id }) => id)),
  }));
  return sources;
}

/** The quotes a page shows: on an episode page (`episodeSlug`), those about that episode first. */
export async function getTestimonials({
  episodeSlug,
  limit,
}: {
  episodeSlug?: string | undefined;
  limit: number;
}): Promise<ShownTestimonial[]> {
  const [{ testimonials, allEpisodeSlugs }, published] = await Promise.all([getTestimonialSources(), getPublishedEpisodes()]);
  return selectTestimonials(testimonials, {
    allEpisodeSlugs,
    published: new Map(published.map(({ slug, data }) => [slug, data.title])),
    episodeSlug,
    limit,
  });
}
