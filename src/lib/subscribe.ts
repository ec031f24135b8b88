import { platformKeys, platformNames, type PlatformKey } from './base/platforms';
import { visitorPlatforms, type VisitorPlatform } from './visitor-platform';
import type { SiteSettings } from '../schemas/settings';

export interface SubscribeOption {
  key: string;
  /** The app or platform, whichever way it is reached: its icon's name (src/lib/app-icons.ts). */
  app: string;
  label: string;
  href: string;
  /** Systems the app runs on natively; those visitors see it first. */
  systems: readonly VisitorPlatform[];
}

const everywhere: readonly VisitorPlatform[] = visitorPlatforms;

const platformSystems: Record<PlatformKey, readonly VisitorPlatform[]> = {
  apple: ['ios', 'desktop'],
  spotify: everywhere,
  amazon: everywhere,
  youtube: everywhere,
  pocketcasts: everywhere,
  overcast: ['ios'],
  antennapod: ['android'],
};

const withoutScheme = (feedUrl: string) => feedUrl.replace(/^https?:\/\//, '');

/**
 * Apps that subscribe straight from the feed address, so listeners need no
 * directory listing. Each app documents (or has long supported) these links.
 * @see https://overcast.fm/podcasterinfo
 */
const feedApps: { key: string; app: string; label: string; systems: readonly VisitorPlatform[]; href: (feedUrl: string) => string }[] = [
  {
    key: 'apple-feed',
    app: 'apple',
    label: platformNames.apple,
    systems: ['ios', 'desktop'],
    href: (feed) => `podcast://${withoutScheme(feed)}`,
  },
  {
    key: 'overcast-feed',
    app: 'overcast',
    label: platformNames.overcast,
    systems: ['ios'],
    href: (feed) => `overcast://x-callback-url/add?url=${encodeURIComponent(feed)}`,
  },
  { key: 'castro-feed', app: 'castro', label: 'Castro', systems: ['ios'], href: (feed) => `castro://subscribe/${withoutScheme(feed)}` },
  {
    key: 'pocketcasts-feed',
    app: 'pocketcasts',
    label: platformNames.pocketcasts,
    systems: ['ios', 'android'],
    href: (feed) => `pktc://subscribe/${withoutScheme(feed)}`,
  },
  {
    key: 'antennapod-feed',
    app: 'antennapod',
    label: platformNames.antennapod,
    systems: ['android'],
    href: (feed) => `https://antennapod.org/deeplink/subscribe?url=${encodeURIComponent(feed)}`,
  },
  {
    key: 'podcastaddict-feed',
    app: 'podcastaddict',
    label: 'Podcast Addict',
    systems: ['android'],
    href: (feed) => `podcastaddict://${withoutScheme(feed)}`,
  },
];

/** The platforms the podcaster listed in the settings, in the settings schema's order. */
export function platformOptions(settings: Pick<SiteSettings, 'platforms'>): SubscribeOption[] {
  return platformKeys.flatMap((key) => {
    const href = settings.platforms[key];
    return href ? [{ key, app: key, label: platformNames[key], href, systems: platformSystems[key] }] : [];
  });
}

/**
 * One-tap links that hand the feed address to an installed podcast app. An app
 * the podcaster already lists as a platform (`listed`) is left out: each app
 * appears once, by its directory page, which works with or without the app.
 */
export function feedAppOptions(feedUrl: string, listed: readonly string[] = []): SubscribeOption[] {
  if (!/^https?:\/\/[^\s/]+\/\S*$/.test(feedUrl)) {
    throw new Error(`subscribe links need the feed as an absolute http(s) address, got "${feedUrl}"`);
  }
  return feedApps
    .filter(({ app }) => !listed.includes(app))
    .map(({ key, app, label, systems, href }) => ({ key, app, label, systems, href: href(feedUrl) }));
}

/** Every app or platform the chooser can show, for their icon files. */
export const subscribeApps: readonly string[] = [...new Set<string>([...platformKeys, ...feedApps.map(({ app }) => app)])];
