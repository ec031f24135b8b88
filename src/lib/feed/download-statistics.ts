/**
 * Download counting by an enclosure prefix: podcast apps fetch the audio
 * through the service's address, which counts the request and redirects to the
 * file. Only the feed's enclosures get it; the site's own player never does.
 * @see https://op3.dev/
 */

export interface DownloadStatistics {
  /** Ends with `/`. */
  prefix: string;
  /** `prefix/https://host/file.mp3` instead of `prefix/host/file.mp3`. */
  withScheme: boolean;
  service?: string | undefined;
  privacyPolicy?: string | undefined;
}

export interface StatisticsService {
  name: string;
  host: string;
  privacyPolicy?: string | undefined;
}

const KNOWN: { domain: string; name: string; privacyPolicy?: string }[] = [
  { domain: 'op3.dev', name: 'OP3 (Open Podcast Prefix Project)', privacyPolicy: 'https://op3.dev/privacy' },
  { domain: 'podtrac.com', name: 'Podtrac' },
  { domain: 'chrt.fm', name: 'Chartable' },
  { domain: 'pscrb.fm', name: 'Podscribe' },
];

const isUnder = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** Who counts the downloads, as the privacy page names it: the setting, a known service, or the host name. */
export function statisticsService(statistics: DownloadStatistics): StatisticsService {
  const host = new URL(statistics.prefix).hostname;
  const known = KNOWN.find(({ domain }) => isUnder(host, domain));
  return {
    name: statistics.service ?? known?.name ?? host,
    host,
    privacyPolicy: statistics.privacyPolicy ?? known?.privacyPolicy,
  };
}

/** The enclosure address apps fetch: the audio address behind the prefix, or unchanged without statistics. */
export function statisticsUrl(audioUrl: string, statistics: DownloadStatistics | undefined): string {
  if (!statistics) return audioUrl;
  return statistics.prefix + (statistics.withScheme ? audioUrl : audioUrl.replace(/^https?:\/\//i, ''));
}
