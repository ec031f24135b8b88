import type { ConsentProvider } from './consent';
import { statisticsService, type DownloadStatistics } from './feed/download-statistics';
import type { NewsletterProvider } from '../schemas/newsletter';
import { providerNames } from './newsletter/providers';
import type { VideoProvider } from './video-embeds';

/**
 * Every other company's server a visitor can reach from this site, for the privacy
 * page (Art. 13 GDPR asks to name recipients). Derived from the settings and content,
 * so the list cannot drift from what the site actually embeds or links.
 */

export type ThirdPartyKind = 'calcom' | 'vimeo' | 'youtube' | 'newsletter' | 'checkout' | 'statistics';

export interface ThirdParty {
  kind: ThirdPartyKind;
  name: string;
  /** Host names the browser contacts. */
  hosts: string[];
  privacyPolicy?: string;
  /** Set for embeds that load only after consent, which the visitor may have stored. */
  consent?: ConsentProvider;
}

export interface ThirdPartySources {
  booking?: { origin: string; embedScript?: string | undefined } | undefined;
  newsletter?: { provider: NewsletterProvider; action: string } | undefined;
  videoProviders: VideoProvider[];
  checkoutUrls: string[];
  downloadStatistics?: DownloadStatistics | undefined;
}

const newsletterPolicies: Partial<Record<NewsletterProvider, string>> = {
  brevo: 'https://www.brevo.com/de/legal/privacypolicy/',
  mailchimp: 'https://www.intuit.com/privacy/statement/',
  cleverreach: 'https://www.cleverreach.com/de-de/datenschutz/',
  kit: 'https://kit.com/privacy',
  buttondown: 'https://buttondown.com/legal/privacy',
};

const checkoutServices: Array<{ domain: string; name: string; privacyPolicy: string }> = [
  { domain: 'stripe.com', name: 'Stripe', privacyPolicy: 'https://stripe.com/de/privacy' },
  { domain: 'paypal.com', name: 'PayPal', privacyPolicy: 'https://www.paypal.com/de/legalhub/privacy-full' },
  { domain: 'digistore24.com', name: 'Digistore24', privacyPolicy: 'https://www.digistore24.com/page/privacy' },
  { domain: 'copecart.com', name: 'CopeCart', privacyPolicy: 'https://www.copecart.com/datenschutz' },
];

const hostOf = (url: string) => new URL(url).hostname;
const unique = <T>(values: T[]) => [...new Set(values)];
const isUnder = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

const knownCheckout = (host: string) => checkoutServices.find(({ domain }) => isUnder(host, domain));

/** "Stripe" for a Stripe Payment Link; the host name for services we do not know. */
export function checkoutServiceName(url: string): string {
  const host = hostOf(url);
  return knownCheckout(host)?.name ?? host;
}

function checkoutParties(urls: string[]): ThirdParty[] {
  const byName = new Map<string, ThirdParty>();
  for (const host of unique(urls.map(hostOf))) {
    const known = knownCheckout(host);
    const name = known?.name ?? host;
    const party = byName.get(name) ?? { kind: 'checkout' as const, name, hosts: [], ...(known && { privacyPolicy: known.privacyPolicy }) };
    party.hosts.push(host);
    byName.set(name, party);
  }
  return [...byName.values()];
}

export function thirdParties(sources: ThirdPartySources): ThirdParty[] {
  const parties: ThirdParty[] = [];
  if (sources.booking) {
    const hosts = unique([hostOf(sources.booking.origin), ...(sources.booking.embedScript ? [hostOf(sources.booking.embedScript)] : [])]);
    parties.push({
      kind: 'calcom',
      name: 'Cal.com',
      hosts,
      consent: 'calcom',
      ...(hosts.every((host) => isUnder(host, 'cal.com')) && { privacyPolicy: 'https://cal.com/privacy' }),
    });
  }
  const videos = new Set(sources.videoProviders);
  if (videos.has('vimeo'))
    parties.push({
      kind: 'vimeo',
      name: 'Vimeo',
      hosts: ['player.vimeo.com', 'vimeocdn.com'],
      consent: 'vimeo',
      privacyPolicy: 'https://vimeo.com/privacy',
    });
  if (videos.has('youtube')) {
    parties.push({
      kind: 'youtube',
      name: 'YouTube (Google)',
      hosts: ['www.youtube-nocookie.com', 'googlevideo.com'],
      consent: 'youtube',
      privacyPolicy: 'https://policies.google.com/privacy',
    });
  }
  if (sources.newsletter) {
    const policy = newsletterPolicies[sources.newsletter.provider];
    parties.push({
      kind: 'newsletter',
      name: providerNames[sources.newsletter.provider],
      hosts: [hostOf(sources.newsletter.action)],
      ...(policy && { privacyPolicy: policy }),
    });
  }
  if (sources.downloadStatistics) {
    const { name, host, privacyPolicy } = statisticsService(sources.downloadStatistics);
    parties.push({ kind: 'statistics', name, hosts: [host], ...(privacyPolicy && { privacyPolicy }) });
  }
  return [...parties, ...checkoutParties(sources.checkoutUrls)];
}
