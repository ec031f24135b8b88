/**
 * The XML namespaces of the podcast feed, declared on `<rss>`: the feed builder
 * writes them and the feed check requires them. `psc` is declared only on feeds
 * that carry Podlove chapters.
 * @see https://podcasters.apple.com/support/823-podcast-requirements
 * @see https://podcastindex.org/namespace/1.0
 * @see https://podlove.org/simple-chapters/
 */
export const FEED_NAMESPACES = {
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  podcast: 'https://podcastindex.org/namespace/1.0',
  content: 'http://purl.org/rss/1.0/modules/content/',
  atom: 'http://www.w3.org/2005/Atom',
  psc: 'http://podlove.org/simple-chapters',
} as const;

/** The `[prefix, uri]` pairs a feed declares: every namespace, `psc` only with Podlove chapters. */
export function feedNamespaces({ podloveChapters }: { podloveChapters: boolean }): [prefix: string, uri: string][] {
  return Object.entries(FEED_NAMESPACES).filter(([prefix]) => prefix !== 'psc' || podloveChapters);
}
