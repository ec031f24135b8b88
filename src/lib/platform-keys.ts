/**
 * The podcast platforms the settings know, in their display order. Kept apart
 * from the settings schema so that browser scripts can use the list without
 * bundling zod (30 KB compressed) into every episode page.
 */
export const platformKeys = ['apple', 'spotify', 'amazon', 'youtube', 'pocketcasts', 'overcast', 'antennapod'] as const;
export type PlatformKey = (typeof platformKeys)[number];
