import { siAntennapod, siApplepodcasts, siCastro, siOvercast, siPocketcasts, siPodcastaddict, siSpotify, siYoutube } from 'simple-icons';

/**
 * The icons of the podcast apps and platforms on the subscribe chooser, served
 * from this site (no request to the apps' sites before anyone clicks). Brand
 * marks come from Simple Icons (CC0); an app it has no mark for gets a plain
 * podcast glyph.
 * @see https://simpleicons.org
 */
const BRANDS: Record<string, { path: string; hex: string }> = {
  apple: siApplepodcasts,
  spotify: siSpotify,
  youtube: siYoutube,
  pocketcasts: siPocketcasts,
  overcast: siOvercast,
  antennapod: siAntennapod,
  castro: siCastro,
  podcastaddict: siPodcastaddict,
};

/** A microphone in a circle, drawn for this site, for apps without a brand mark here. */
const PODCAST_GLYPH =
  'M12 0a12 12 0 1 0 0 24 12 12 0 0 0 0-24Zm0 4.5a3 3 0 0 1 3 3v4.5a3 3 0 0 1-6 0V7.5a3 3 0 0 1 3-3ZM7 11.25h1.5a3.5 3.5 0 0 0 7 0H17a5 5 0 0 1-4.25 4.94V18h2.25v1.5h-6V18h2.25v-1.81A5 5 0 0 1 7 11.25Z';
const PODCAST_COLOR = '0B6E69';

export const appIconPath = (app: string) => `/icons/${app}.svg`;

/** Every app with an icon file, for the icon route's static paths. */
export const iconApps = (apps: readonly string[]) => [...new Set(apps)].filter((app) => /^[a-z0-9-]+$/.test(app));

/** The icon of `app` as a standalone SVG file in the brand's colour. */
export function appIconSvg(app: string): string {
  const { path, hex } = BRANDS[app] ?? { path: PODCAST_GLYPH, hex: PODCAST_COLOR };
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24"><path fill="#${hex}" d="${path}"/></svg>\n`;
}
