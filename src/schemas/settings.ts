import { z } from 'astro/zod';
import { platformKeys, platformNames, type PlatformKey } from '../lib/base/platforms';
import { bookingSchema } from './booking';
import { localImageSchema, webAddressSchema } from './fields';
import { newsletterSchema } from './newsletter';
import { personSchema } from './person';

/**
 * The podcast's settings: `content/settings.yaml`, edited by the podcaster.
 * This schema is the reference for that file; the README's table derives from it.
 */

export const settingsSchema = z.object({
  title: z.string().min(1).describe('Name of the podcast, as shown in podcast apps.'),
  subtitle: z.string().optional().describe('One line under the title on the home page.'),
  description: z.string().min(1).describe('What the podcast is about, in a few sentences (plain text).'),
  language: z.enum(['de', 'en']).default('de').describe("Language of the podcast and of the site's interface."),
  site: webAddressSchema.describe('Public address of this site, like https://podcast.example.de (no path).'),
  author: z.string().min(1).describe('Who makes the podcast (itunes:author).'),
  copyright: z.string().optional().describe('Copyright line; defaults to "© <first>–<newest episode year> <author>".'),
  owner: z
    .object({
      name: z.string().min(1).describe('Owner name for podcast directories.'),
      email: z
        .email({ error: 'expected an e-mail address' })
        .describe('Owner e-mail; Apple, Spotify and YouTube send verification codes here.'),
    })
    .describe('Who owns the feed.'),
  host: personSchema.describe('The host, shown on pages and as podcast:person in the feed.'),
  artwork: localImageSchema('the podcast cover').describe(
    'Square podcast cover, JPEG or PNG, 1400–3000 px, under public/ (like /artwork.jpg).',
  ),
  categories: z
    .array(z.string().min(1))
    .min(1)
    .describe('Apple Podcasts categories, most important first; a sub-category as "Business > Management".'),
  explicit: z.boolean().default(false).describe('Whether the podcast contains explicit content.'),
  type: z.enum(['episodic', 'serial']).default('episodic').describe('episodic (newest first) or serial (in order).'),
  podcastGuid: z.uuid().optional().describe('Podcasting 2.0 guid; set it to keep the old value after a domain move.'),
  previousFeedUrl: webAddressSchema.optional().describe('Feed address at the previous host, kept for the move (see the importer).'),
  platforms: z
    .object(
      Object.fromEntries(
        platformKeys.map((key) => [key, webAddressSchema.optional().describe(`Address of the podcast on ${platformNames[key]}.`)]),
      ) as Record<PlatformKey, z.ZodOptional<typeof webAddressSchema>>,
    )
    .partial()
    .default({})
    .describe(`Where listeners find the podcast: ${Object.values(platformNames).join(', ')}.`),
  episodesPerPage: z.number().int().min(1).max(200).default(12).describe('Episodes per archive page.'),
  newsletter: newsletterSchema
    .optional()
    .describe(
      'Newsletter signup form: which provider receives it (see docs/booking-and-newsletter.md). Without it, no form is shown and the build warns.',
    ),
  booking: bookingSchema.optional().describe('Cal.com booking for the coffee call on /kaffee/ (see docs/booking-and-newsletter.md).'),
  smallBusiness: z
    .boolean()
    .default(false)
    .describe('true for a small business under § 19 UStG: prices then carry the § 19 note instead of "inkl. 19 % USt".'),
});

export type SiteSettings = z.infer<typeof settingsSchema>;
