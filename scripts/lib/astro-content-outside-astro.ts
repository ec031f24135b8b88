/**
 * Stands in for Astro's virtual `astro:content` module when a script reads
 * `src/content.config.ts` for its schemas; collections are only defined in Astro.
 */
export function defineCollection<T>(collection: T): T {
  return collection;
}
