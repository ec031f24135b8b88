import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { episodeSlugFromFile } from './lib/base/slug';
import { contentSources, globPattern, type ContentSource } from './lib/content-sources';
import { collectionSchemas } from './schemas/collections';

/** Wires each content folder (src/lib/content-sources.ts) to its schema (src/schemas/). */

const files = (source: ContentSource) => glob({ pattern: globPattern(source), base: source.base });

const episodes = defineCollection({
  loader: glob({
    pattern: globPattern(contentSources.episodes),
    base: contentSources.episodes.base,
    generateId: ({ entry }) => episodeSlugFromFile(`${contentSources.episodes.base}/${entry}`),
    // Astro bundles the content store into every build; the transcript is read from its file (src/lib/transcript/episode-transcript.ts), so the store keeps only the rendered page.
    retainBody: false,
  }),
  schema: collectionSchemas.episodes,
});

export const collections = {
  episodes,
  packages: defineCollection({ loader: files(contentSources.packages), schema: collectionSchemas.packages }),
  legal: defineCollection({ loader: files(contentSources.legal), schema: collectionSchemas.legal }),
  testimonials: defineCollection({ loader: files(contentSources.testimonials), schema: collectionSchemas.testimonials }),
};
