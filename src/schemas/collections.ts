import { episodeSchema } from './episode';
import { legalPageSchema } from './legal-page';
import { packageSchema } from './package';
import { testimonialSchema } from './testimonial';

/**
 * The schema of each content collection, under the names src/lib/content-sources.ts
 * gives their folders. Astro's content config and the content check before the
 * build both read them from here, so both accept exactly the same files.
 */
export const collectionSchemas = {
  episodes: episodeSchema,
  packages: packageSchema,
  legal: legalPageSchema,
  testimonials: testimonialSchema,
} as const;
