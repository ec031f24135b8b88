/**
 * The podcast platforms the settings know, in their display order, with the
 * names listeners know them by (brand names, the same in every language). Kept
 * apart from the settings schema so that browser scripts can use the list
 * without bundling zod (30 KB compressed) into every episode page.
 */
export const platformNames = {
  apple: 'Apple Podcasts',
  spotify: 'Spotify',
  amazon: 'Amazon Music',
  youtube: 'YouTube',
  pocketcasts: 'Pocket Casts',
  overcast: 'Overcast',
  antennapod: 'AntennaPod',
} as const;

export type PlatformKey = keyof typeof platformNames;
export const platformKeys = Object.keys(platformNames) as PlatformKey[];
