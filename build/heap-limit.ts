/**
 * The JavaScript heap `npm run build` gives Astro, by archive size. A cap makes
 * V8 collect garbage instead of growing, so Astro and the search indexer (a
 * separate process, after Astro) stay within the machine's memory; but Astro
 * holds the whole content store (every episode's rendered text) while it
 * renders, which at 5,000 hour-long episodes no longer fits the 1.2 GB that
 * serve 1,000 (measured with `npm run bench`, see docs/quality.md).
 */
export const BASE_HEAP_MB = 1200;
/** Heap per episode beyond the first thousand: about what one episode's rendered transcript and its copies cost in the store. */
export const HEAP_MB_PER_EPISODE = 0.3;

export function astroHeapMegabytes(episodes: number): number {
  return Math.round(BASE_HEAP_MB + Math.max(0, episodes - 1000) * HEAP_MB_PER_EPISODE);
}
