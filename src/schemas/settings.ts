import { z } from 'astro/zod';
import { platformKeys, platformNames, type PlatformKey } from '../lib/base/platforms';
import { bookingSchema } from './booking';
import { localImageSchema, sitePathOrWebAddressSchema, webAddressSchema } from './fields';
import { newsletterSchema } from './newsletter';
import { feedPersonSchema, personSchema } from './person';

/** The languages the site's interface speaks (src/i18n/ui.ts). */
export const interfaceLanguages = ['de', 'en'] as const;

/** A well-formed BCP 47 language tag, checked by the runtime's own Intl. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * The podcast's settings: `content/settings.yaml`, edited by the podcaster.
 * This schema is the reference for that file; the README's table derives from it.
 */

export const settingsSchema = z.object({
  title: z.string().min(1).describe('Name of the podcast, as shown in podcast apps.'),
  subtitle: z.string().optional().describe('One line under the title on the home page.'),
  description: z.string().min(1).describe('What the podcast is about, in a few sentences (plain text).'),
  language: z
    .string()
    .refine(isLanguageTag, 'expected a language tag like de, en-US or pt-BR (BCP 47)')
    .default('de')
    .describe('Language of the podcast, as the feed says it (any BCP 47 tag, like de, en-US or pt-BR).'),
  interfaceLanguage: z
    .enum(interfaceLanguages)
    .optional()
    .describe(
      `Language of the site's buttons and headings: ${interfaceLanguages.join(' or ')}. Without it, the podcast's language when the site speaks it, else English.`,
    ),
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
  locked: z
    .boolean()
    .default(true)
    .describe('podcast:locked: true asks other hosting platforms not to import the feed without the owner confirming by e-mail.'),
  funding: z
    .array(
      z.object({
        url: sitePathOrWebAddressSchema.describe('Where listeners support the podcast: a page of this site like /togo/, or a web address.'),
        label: z.string().min(1).max(128).describe('What the link offers, in a few words (apps show at most 128 characters).'),
      }),
    )
    .default([])
    .describe('Ways to support the podcast, written to the feed as podcast:funding; without any, the feed names none.'),
  persons: z
    .array(feedPersonSchema)
    .default([])
    .describe(
      'People of the whole podcast as the old feed named them (podcast:person); when given, the feed lists them instead of `host`.',
    ),
  value: z
    .array(
      z.object({
        type: z.string().min(1).describe('Payment layer, like lightning.'),
        method: z.string().min(1).describe('Payment method, like keysend.'),
        suggested: z.number().nonnegative().optional().describe('Suggested amount per minute.'),
        recipients: z
          .array(
            z.object({
              name: z.string().optional().describe('Name of the recipient.'),
              type: z.string().min(1).describe('Kind of address, like node.'),
              address: z.string().min(1).describe('Address payments go to.'),
              split: z.number().nonnegative().describe('Share of each payment.'),
              customKey: z.string().optional().describe('Custom record key.'),
              customValue: z.string().optional().describe('Custom record value.'),
              fee: z.boolean().optional().describe('Whether the share is a fee.'),
            }),
          )
          .min(1)
          .describe('Who receives payments (podcast:valueRecipient).'),
      }),
    )
    .default([])
    .describe('Podcasting 2.0 payments while listening (podcast:value), kept from the old feed.'),
  txt: z
    .array(
      z.object({
        text: z.string().min(1).max(4000).describe('The text, such as a verification code.'),
        purpose: z.string().min(1).max(128).optional().describe('What it is for, like verify.'),
      }),
    )
    .default([])
    .describe('Free text for services that check ownership of the feed (podcast:txt), kept from the old feed.'),
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
