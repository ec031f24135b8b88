import { z } from 'astro/zod';

/**
 * The podcast's settings: `content/settings.yaml`, edited by the podcaster.
 * This schema is the reference for that file; the README's table derives from it.
 */

const httpsUrl = z.url({ protocol: /^https?$/, error: 'expected a web address starting with https://' });
const publicPathOrUrl = z
  .string()
  .regex(/^(\/[^\s]*|https?:\/\/\S+)$/, 'expected a path under public/ starting with "/" (like /artwork.jpg) or a full https:// address');

export const platformKeys = ['apple', 'spotify', 'amazon', 'youtube', 'pocketcasts', 'overcast', 'antennapod'] as const;
export type PlatformKey = (typeof platformKeys)[number];
const platformNames: Record<PlatformKey, string> = {
  apple: 'Apple Podcasts',
  spotify: 'Spotify',
  amazon: 'Amazon Music',
  youtube: 'YouTube',
  pocketcasts: 'Pocket Casts',
  overcast: 'Overcast',
  antennapod: 'AntennaPod',
};

export const personSchema = z.object({
  name: z.string().min(1).describe('Full name as listeners know it.'),
  role: z.string().optional().describe('Podcasting 2.0 role, such as "host" or "guest".'),
  url: httpsUrl.optional().describe('Personal website or profile.'),
  image: publicPathOrUrl.optional().describe('Portrait: a path under public/ or an https:// address.'),
});

export const settingsSchema = z.object({
  title: z.string().min(1).describe('Name of the podcast, as shown in podcast apps.'),
  subtitle: z.string().optional().describe('One line under the title on the home page.'),
  description: z.string().min(1).describe('What the podcast is about, in a few sentences (plain text).'),
  language: z.enum(['de', 'en']).default('de').describe('Language of the podcast and of the site\'s interface.'),
  site: httpsUrl.describe('Public address of this site, like https://podcast.example.de (no path).'),
  author: z.string().min(1).describe('Who makes the podcast (itunes:author).'),
  copyright: z.string().optional().describe('Copyright line; defaults to "© <this year> <author>".'),
  owner: z
    .object({
      name: z.string().min(1).describe('Owner name for podcast directories.'),
      email: z.email({ error: 'expected an e-mail address' }).describe('Owner e-mail; Apple, Spotify and YouTube send verification codes here.'),
    })
    .describe('Who owns the feed.'),
  host: personSchema.describe('The host, shown on pages and as podcast:person in the feed.'),
  artwork: publicPathOrUrl.describe('Square podcast cover, JPEG or PNG, 1400–3000 px, under public/ (like /artwork.jpg).'),
  categories: z
    .array(z.string().min(1))
    .min(1)
    .describe('Apple Podcasts categories, most important first; a sub-category as "Business > Management".'),
  explicit: z.boolean().default(false).describe('Whether the podcast contains explicit content.'),
  type: z.enum(['episodic', 'serial']).default('episodic').describe('episodic (newest first) or serial (in order).'),
  podcastGuid: z.uuid().optional().describe('Podcasting 2.0 guid; set it to keep the old value after a domain move.'),
  previousFeedUrl: httpsUrl.optional().describe('Feed address at the previous host, kept for the move (see the importer).'),
  platforms: z
    .object(
      Object.fromEntries(platformKeys.map((key) => [key, httpsUrl.optional().describe(`Address of the podcast on ${platformNames[key]}.`)])) as Record<
        PlatformKey,
        z.ZodOptional<typeof httpsUrl>
      >,
    )
    .partial()
    .default({})
    .describe('Where listeners find the podcast: Apple Podcasts, Spotify, Amazon Music, YouTube, Pocket Casts, Overcast, AntennaPod.'),
  episodesPerPage: z.number().int().min(1).max(200).default(12).describe('Episodes per archive page.'),
  newsletter: z
    .looseObject({})
    .optional()
    .describe('Newsletter signup settings (see the README section on the newsletter).'),
  booking: z
    .looseObject({})
    .optional()
    .describe('Cal.com booking settings (see the README section on the coffee call).'),
});

export type SiteSettings = z.infer<typeof settingsSchema>;
export type Person = z.infer<typeof personSchema>;
