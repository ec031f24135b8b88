import { getCollection } from 'astro:content';
import type { TestimonialSource } from './testimonials';

let sources: Promise<{ testimonials: TestimonialSource[]; allEpisodeSlugs: Set<string> }> | undefined;

/** The testimonial files and every episode slug (drafts too), read once per build. */
export function getTestimonialSources() {
  sources ??= Promise.all([getCollection('testimonials'), getCollection('episodes')]).then(([testimonials, episodes]) => ({
    testimonials: testimonials.map((entry) => ({ file: entry.filePath ?? `content/testimonials/${entry.id}.md`, data: entry.data })),
    allEpisodeSlugs: new Set(episodes.map(({ id }) => id)),
  }));
  return sources;
}
