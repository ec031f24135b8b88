import type { PackageData } from '../schemas/package';
import type { SiteSettings } from '../schemas/settings';
import { schemaPrice } from './base/prices';
import { absoluteUrl, togoPath } from './urls';

/**
 * schema.org data for the "to go" packages, so search engines can show name and price.
 * @see https://schema.org/Service
 * @see https://schema.org/Offer
 */

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

const CONTEXT = 'https://schema.org';

/** A package as schema.org sees it: offered by the host, at the package page's address. */
export function packageService(pkg: { slug: string; data: PackageData }, settings: Pick<SiteSettings, 'site' | 'host' | 'smallBusiness'>): ServiceInput {
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
