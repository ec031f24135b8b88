import { describe, expect, it } from 'vitest';
import { checkoutServiceName, thirdParties } from '../../src/lib/third-parties';

describe('third parties named on the privacy page', () => {
  it('lists Cal.com, Vimeo, the newsletter provider and the checkout of the demo', () => {
    const parties = thirdParties({
      booking: { origin: 'https://app.cal.com' },
      newsletter: { provider: 'brevo', action: 'https://abc.sibforms.com/serve/x' },
      videoProviders: ['vimeo', 'vimeo'],
      checkoutUrls: ['https://buy.stripe.com/a', 'https://buy.stripe.com/b'],
    });
    expect(parties.map(({ kind, name, hosts, consent }) => ({ kind, name, hosts, consent }))).toEqual([
      { kind: 'calcom', name: 'Cal.com', hosts: ['app.cal.com'], consent: 'calcom' },
      { kind: 'vimeo', name: 'Vimeo', hosts: ['player.vimeo.com', 'vimeocdn.com'], consent: 'vimeo' },
      { kind: 'newsletter', name: 'Brevo', hosts: ['abc.sibforms.com'], consent: undefined },
      { kind: 'checkout', name: 'Stripe', hosts: ['buy.stripe.com'], consent: undefined },
    ]);
  });

  it('names a self-hosted Cal.com by its own hosts and links no cal.com policy for it', () => {
    const [cal] = thirdParties({
      booking: { origin: 'https://cal.example.de', embedScript: 'https://cdn.example.de/embed.js' },
      videoProviders: [],
      checkoutUrls: [],
    });
    expect(cal).toMatchObject({ hosts: ['cal.example.de', 'cdn.example.de'] });
    expect(cal?.privacyPolicy).toBeUndefined();
  });

  it('lists nothing the site does not use', () => {
    expect(thirdParties({ videoProviders: [], checkoutUrls: [] })).toEqual([]);
  });

  it('lists YouTube only when an episode has a YouTube video', () => {
    expect(thirdParties({ videoProviders: ['youtube'], checkoutUrls: [] }).map((party) => party.kind)).toEqual(['youtube']);
  });
});

describe('checkout service names', () => {
  it.each([
    ['https://buy.stripe.com/test_123', 'Stripe'],
    ['https://checkout.stripe.com/c/pay/x', 'Stripe'],
    ['https://www.paypal.com/ncp/payment/X', 'PayPal'],
    ['https://www.digistore24.com/product/1', 'Digistore24'],
    ['https://shop.example.de/kaufen', 'shop.example.de'],
    ['https://notstripe.com/pay', 'notstripe.com'],
    ['https://stripe.com.evil.example/pay', 'stripe.com.evil.example'],
  ])('%s is paid through %s', (url, name) => {
    expect(checkoutServiceName(url)).toBe(name);
  });

  it.each([
    [
      { prefix: 'https://op3.dev/e/', withScheme: false },
      { name: 'OP3 (Open Podcast Prefix Project)', hosts: ['op3.dev'], privacyPolicy: 'https://op3.dev/privacy' },
    ],
    [
      { prefix: 'https://dts.podtrac.com/redirect.mp3/', withScheme: false },
      { name: 'Podtrac', hosts: ['dts.podtrac.com'] },
    ],
  ])('names the download statistics service of %o', (downloadStatistics, party) => {
    expect(thirdParties({ videoProviders: [], checkoutUrls: [], downloadStatistics })).toEqual([{ kind: 'statistics', ...party }]);
  });
});
