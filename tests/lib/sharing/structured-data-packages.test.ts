import { describe, expect, it } from 'vitest';
import { packageService, serializeJsonLd, serviceJsonLd, serviceListJsonLd } from '../../../src/lib/sharing/structured-data';

const settings = {
  site: 'https://klartext-it.example.de',
  host: { name: 'Oliver Hartmann', url: 'https://klartext-it.example.de/' },
  smallBusiness: false,
};
const pkg = {
  slug: 'standard',
  data: {
    title: 'Klartext im Team',
    hours: 8,
    price: 1190,
    summary: 'Ein Arbeitstag.',
    included: ['Workshop'],
    order: 2,
    checkoutUrl: 'https://buy.stripe.com/test_x',
  },
};

describe('schema.org data for packages', () => {
  it('describes a package as a Service with an Offer in euros', () => {
    const data = serviceJsonLd(packageService(pkg, settings));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Service',
      name: 'Klartext im Team',
      url: 'https://klartext-it.example.de/togo/standard/',
      provider: { '@type': 'Person', name: 'Oliver Hartmann' },
      offers: {
        '@type': 'Offer',
        price: '1190.00',
        priceCurrency: 'EUR',
        url: 'https://buy.stripe.com/test_x',
        priceSpecification: { valueAddedTaxIncluded: true },
      },
    });
  });

  it('offers the package page when there is no checkout, and no VAT for a small business', () => {
    const { checkoutUrl: _dropped, ...withoutCheckout } = pkg.data;
    const data = serviceJsonLd(packageService({ ...pkg, data: withoutCheckout }, { ...settings, smallBusiness: true })) as {
      offers: Record<string, unknown>;
    };
    expect(data.offers.url).toBe('https://klartext-it.example.de/togo/standard/');
    expect(data.offers.priceSpecification).toMatchObject({ valueAddedTaxIncluded: false });
  });

  it('lists all packages in order on /togo/', () => {
    const list = serviceListJsonLd('Beratung to go', [
      packageService(pkg, settings),
      packageService({ ...pkg, slug: 'zwei' }, settings),
    ]) as { itemListElement: Array<Record<string, unknown>> };
    expect(list.itemListElement.map((item) => item.position)).toEqual([1, 2]);
    expect(list.itemListElement[0]!.item).not.toHaveProperty('@context');
  });
});

describe('JSON-LD inside a script element', () => {
  it.each([['</script><script>alert(1)</script>'], ['<!-- a comment'], ['Tom & Jerry'], ['line\u2028separator']])(
    'keeps %j from ending the script and parses back to the same text',
    (text) => {
      const serialized = serializeJsonLd({ name: text });
      expect(serialized).not.toMatch(/[<>&\u2028]/);
      expect(JSON.parse(serialized)).toEqual({ name: text });
    },
  );
});
