import { isoDuration } from '../base/duration';
import { schemaPrice } from '../base/prices';
import { splitHeadingTime } from '../base/timecode';
import type { Episode } from '../episodes';
import { TRANSCRIPT_FILES, transcriptFilePath } from '../transcript/files';
import { absoluteUrl, archivePath, episodePath, feedPath, togoPath } from '../urls';
import type { EpisodeData } from '../../schemas/episode';
import type { PackageData } from '../../schemas/package';
import type { Person } from '../../schemas/person';
import type { SiteSettings } from '../../schemas/settings';

/**
 * JSON-LD for search engines, built only from schema.org types and properties
 * (tests hold every node against an allow-list taken from schema.org).
 * @see https://schema.org/PodcastSeries
 * @see https://schema.org/PodcastEpisode
 * @see https://schema.org/Service
 * @see https://schema.org/Offer
 * @see https://developers.google.com/search/docs/appearance/structured-data/breadcrumb
 */

export type JsonLdNode = { '@type': string; '@id'?: string } & { [property: string]: unknown };

type SeriesSettings = Pick<SiteSettings, 'title' | 'description' | 'site' | 'artwork' | 'language' | 'host' | 'author'>;

export type EpisodeFacts = Pick<Episode, 'slug' | 'audio'> & {
  data: Pick<EpisodeData, 'title' | 'summary' | 'published' | 'episode' | 'season' | 'topics' | 'guests'> &
    Partial<Pick<EpisodeData, 'notesOnly'>>;
};

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

const CONTEXT = 'https://schema.org';

const seriesId = (site: string) => absoluteUrl(site, '/#podcast');

export function personNode(person: Person, site: string): JsonLdNode {
  return {
    '@type': 'Person',
    name: person.name,
    ...(person.url && { url: person.url }),
    ...(person.image && { image: absoluteUrl(site, person.image) }),
  };
}

/** The podcast as a whole, for the home page. */
export function podcastSeriesNode(settings: SeriesSettings, image: string): JsonLdNode {
  const { site } = settings;
  return {
    '@type': 'PodcastSeries',
    '@id': seriesId(site),
    name: settings.title,
    description: settings.description,
    url: absoluteUrl(site, '/'),
    image: [absoluteUrl(site, settings.artwork), image],
    inLanguage: settings.language,
    webFeed: absoluteUrl(site, feedPath),
    author: personNode(settings.host, site),
  };
}

/**
 * Chapters as clips, in order: each ends where the next begins, the last with the audio.
 * Headings without a time are sections of the text, not chapters, and stay out.
 */
export function chapterClips(
  headings: readonly Heading[],
  chapterStarts: Readonly<Record<string, number>>,
  pageUrl: string,
  duration: number,
): JsonLdNode[] {
  const chapters = headings
    .filter((heading) => chapterStarts[heading.slug] !== undefined)
    .map((heading) => ({ name: splitHeadingTime(heading.text).text, id: heading.slug, start: chapterStarts[heading.slug]! }))
    .sort((a, b) => a.start - b.start);
  return chapters.map((chapter, index) => ({
    '@type': 'Clip',
    name: chapter.name,
    url: `${pageUrl}#${encodeURIComponent(chapter.id)}`,
    startOffset: chapter.start,
    endOffset: Math.max(chapter.start, chapters[index + 1]?.start ?? duration),
  }));
}

/** One episode: its audio, transcript, people and (when timed) chapters. */
export function podcastEpisodeNode(
  episode: EpisodeFacts,
  settings: SeriesSettings,
  { image, chapters = [] }: { image: string; chapters?: JsonLdNode[] },
): JsonLdNode {
  const { site } = settings;
  const { data, audio } = episode;
  const url = absoluteUrl(site, episodePath(episode.slug));
  return {
    '@type': 'PodcastEpisode',
    '@id': `${url}#episode`,
    url,
    name: data.title,
    description: data.summary,
    datePublished: data.published.toISOString(),
    ...(data.episode !== undefined && { episodeNumber: data.episode }),
    ...(data.season !== undefined && { partOfSeason: { '@type': 'PodcastSeason', seasonNumber: data.season } }),
    image,
    inLanguage: settings.language,
    ...(data.topics.length > 0 && { keywords: data.topics.join(', ') }),
    partOfSeries: { '@type': 'PodcastSeries', '@id': seriesId(site), name: settings.title, url: absoluteUrl(site, '/') },
    author: personNode(settings.host, site),
    ...(data.guests.length > 0 && { contributor: data.guests.map((guest) => personNode(guest, site)) }),
    associatedMedia: {
      '@type': 'AudioObject',
      contentUrl: absoluteUrl(site, audio.url),
      encodingFormat: audio.type,
      contentSize: String(audio.bytes),
      duration: isoDuration(audio.duration),
      // schema.org's transcript expects Text; a URL is Text, and the full text would double the page.
      ...(!data.notesOnly && { transcript: absoluteUrl(site, transcriptFilePath(episode.slug, TRANSCRIPT_FILES.text)) }),
    },
    ...(chapters.length > 0 && { hasPart: chapters }),
  };
}

/** Where a page sits: home, then each level down to the page itself. */
export function breadcrumbListNode(trail: readonly { name: string; path: string }[], site: string): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(site, crumb.path),
    })),
  };
}

/** The trail of an episode page: home › all episodes › the episode. */
export function episodeTrail(episode: Pick<EpisodeFacts, 'slug' | 'data'>, names: { home: string; archive: string }) {
  return [
    { name: names.home, path: '/' },
    { name: names.archive, path: archivePath() },
    { name: episode.data.title, path: episodePath(episode.slug) },
  ];
}

/** One JSON-LD document holding several nodes. */
export function jsonLdDocument(nodes: readonly JsonLdNode[]) {
  return { '@context': CONTEXT, '@graph': nodes };
}

/** A "to go" package as a service the host offers, so search engines can show name and price. */
export interface ServiceInput {
  name: string;
  description: string;
  /** Absolute address of the package page. */
  url: string;
  price: number;
  /** Where the offer is bought; the package page when there is no checkout. */
  checkoutUrl?: string | undefined;
  hours: number;
  provider: { name: string; url: string };
  smallBusiness: boolean;
}

/** A package as schema.org sees it: offered by the host, at the package page's address. */
export function packageService(
  pkg: { slug: string; data: PackageData },
  settings: Pick<SiteSettings, 'site' | 'host' | 'smallBusiness'>,
): ServiceInput {
  return {
    name: pkg.data.title,
    description: pkg.data.summary,
    url: absoluteUrl(settings.site, togoPath(pkg.slug)),
    price: pkg.data.price,
    checkoutUrl: pkg.data.checkoutUrl,
    hours: pkg.data.hours,
    provider: { name: settings.host.name, url: settings.host.url ?? settings.site },
    smallBusiness: settings.smallBusiness,
  };
}

export function serviceJsonLd(input: ServiceInput): Record<string, unknown> {
  return { '@context': CONTEXT, ...serviceItem(input) };
}

function serviceItem(input: ServiceInput): Record<string, unknown> {
  const price = schemaPrice(input.price);
  return {
    '@type': 'Service',
    name: input.name,
    description: input.description,
    url: input.url,
    serviceType: 'Beratung',
    provider: { '@type': 'Person', name: input.provider.name, url: input.provider.url },
    offers: {
      '@type': 'Offer',
      url: input.checkoutUrl ?? input.url,
      price,
      priceCurrency: 'EUR',
      availability: 'https://schema.org/InStock',
      eligibleQuantity: { '@type': 'QuantitativeValue', value: input.hours, unitCode: 'HUR' },
      priceSpecification: {
        '@type': 'PriceSpecification',
        price,
        priceCurrency: 'EUR',
        // A small business charges no VAT, so nothing is "included".
        valueAddedTaxIncluded: !input.smallBusiness,
      },
    },
  };
}

/** The packages on /togo/ as one list. */
export function serviceListJsonLd(name: string, services: ServiceInput[]): Record<string, unknown> {
  return {
    '@context': CONTEXT,
    '@type': 'ItemList',
    name,
    itemListElement: services.map((service, index) => ({ '@type': 'ListItem', position: index + 1, item: serviceItem(service) })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` become escapes,
 * so text such as `</script>` in a title cannot end the script early.
 * @see https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
