import { z } from 'astro/zod';
import { mailchimpAudience } from './newsletter/providers';
import { platformKeys, platformNames, type PlatformKey } from './base/platforms';
import { localImageSchema } from './field-schemas';

/**
 * The podcast's settings: `content/settings.yaml`, edited by the podcaster.
 * This schema is the reference for that file; the README's table derives from it.
 */

const httpsUrl = z.url({ protocol: /^https?$/, error: 'expected a web address starting with https://' });


export const personSchema = z.object({
  name: z.string().min(1).describe('Full name as listeners know it.'),
  role: z.string().optional().describe('Podcasting 2.0 role, such as "host" or "guest".'),
  url: httpsUrl.optional().describe('Personal website or profile.'),
  image: localImageSchema('the portrait').optional().describe('Portrait: a square image under public/, like /images/oliver.jpg.'),
});

export const newsletterProviders = ['brevo', 'mailchimp', 'cleverreach', 'kit', 'buttondown', 'listmonk', 'custom'] as const;
export type NewsletterProvider = (typeof newsletterProviders)[number];

/** A form field name as providers use them: letters, digits, `_`, `-`, `.` and `[]`, nothing that could break out of an attribute. */
const fieldName = z
  .string()
  .regex(/^[A-Za-z_][\w.\-[\]]{0,63}$/, 'expected a form field name: letters, digits, "_", "-", "." or "[]", starting with a letter');

const newsletterCommon = {
  action: z
    .url({ protocol: /^https$/, error: 'expected the form action address starting with https:// (from the provider\'s embed code)' })
    .describe('Where the form posts: the action="…" address from the provider\'s embed code.'),
  emailField: fieldName.optional().describe('Name of the e-mail field; leave out to use the provider\'s usual name (EMAIL, email, email_address).'),
  fields: z
    .record(fieldName, z.string().max(500), {
      error: (issue) => (issue.code === 'invalid_key' ? 'expected form field names: letters, digits, "_", "-", "." or "[]", starting with a letter' : undefined),
    })
    .default({})
    .describe('Extra hidden fields sent with every signup, name: value (such as a source or a tag your provider expects).'),
};

export const newsletterSchema = z.discriminatedUnion(
  'provider',
  [
    z.object({
      provider: z.literal('brevo').describe('Brevo (formerly Sendinblue): action is the https://….sibforms.com/serve/… address.'),
      ...newsletterCommon,
      locale: z.string().regex(/^[a-z]{2}$/, 'expected a two-letter language code like de').default('de').describe('Language of Brevo\'s confirmation pages.'),
    }),
    z.object({
      provider: z.literal('mailchimp').describe('Mailchimp: action is the https://….list-manage.com/subscribe/post?u=…&id=… address.'),
      ...newsletterCommon,
      action: newsletterCommon.action.refine(
        (action) => mailchimpAudience(action) !== undefined,
        'expected the Mailchimp form address with its u=… and id=… parameters, exactly as in the embed code',
      ),
    }),
    z.object({
      provider: z.literal('cleverreach').describe('CleverReach: action is the https://….cleverreach.com/f/…/wcs/ address.'),
      ...newsletterCommon,
    }),
    z.object({
      provider: z.literal('kit').describe('Kit (formerly ConvertKit): action is the https://app.kit.com/forms/<form id>/subscriptions address.'),
      ...newsletterCommon,
    }),
    z.object({
      provider: z.literal('buttondown').describe('Buttondown: action is https://buttondown.com/api/emails/embed-subscribe/<your username>.'),
      ...newsletterCommon,
    }),
    z.object({
      provider: z.literal('listmonk').describe('listmonk (self-hosted): action is https://<your listmonk>/subscription/form.'),
      ...newsletterCommon,
      lists: z
        .array(z.uuid({ error: 'expected the list\'s UUID from listmonk (Lists → the list → UUID)' }))
        .min(1, 'expected at least one list UUID')
        .describe('UUIDs of the public listmonk lists to subscribe to.'),
    }),
    z.object({
      provider: z.literal('custom').describe('Any other service or your own endpoint that accepts a plain HTML form post.'),
      ...newsletterCommon,
      honeypotField: fieldName.optional().describe('Name of a field your endpoint treats as a bot trap (must arrive empty).'),
      redirectField: fieldName.optional().describe('Name of a field your endpoint reads the thank-you address from; the site sends /denkanstoss/danke/.'),
    }),
  ],
  { error: `expected provider to be one of: ${newsletterProviders.join(', ')}` },
);

export type NewsletterSettings = z.infer<typeof newsletterSchema>;

/** A Cal.com event as in cal.com/<calLink>, like oliver-hartmann/kaffee. */
export const calLinkSchema = z.string().regex(/^\w[\w.-]*(\/\w[\w.-]*)*$/, 'expected the Cal.com link without the address in front, like oliver-hartmann/kaffee');

export const bookingSchema = z.object({
  calLink: calLinkSchema
    .describe('The event to book, as in cal.com/<calLink>: like oliver-hartmann/kaffee.'),
  namespace: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,39}$/, 'expected a short name of lowercase letters, digits and "-"')
    .default('kaffee')
    .describe('Cal.com embed namespace; only change it when several calendars share a page.'),
  origin: z
    .url({ protocol: /^https$/, error: 'expected the address of the Cal.com instance, like https://app.cal.com' })
    .refine((value) => new URL(value).pathname === '/', 'expected only the address of the Cal.com instance, without a path')
    .default('https://app.cal.com')
    .describe('Address of Cal.com: https://app.cal.com, or your self-hosted instance like https://cal.example.de.'),
  embedScript: z
    .url({ protocol: /^https$/, error: 'expected the https:// address of embed.js' })
    .optional()
    .describe('Address of embed.js; defaults to <origin>/embed/embed.js.'),
  layout: z.enum(['month_view', 'week_view', 'column_view']).default('month_view').describe('Calendar layout: month_view, week_view or column_view.'),
  theme: z.enum(['auto', 'light', 'dark']).default('auto').describe('Colour theme of the calendar: auto follows the visitor\'s system.'),
  hideEventTypeDetails: z.boolean().default(false).describe('true hides the event description next to the calendar.'),
});

export type BookingSettings = z.infer<typeof bookingSchema>;

export const settingsSchema = z.object({
  title: z.string().min(1).describe('Name of the podcast, as shown in podcast apps.'),
  subtitle: z.string().optional().describe('One line under the title on the home page.'),
  description: z.string().min(1).describe('What the podcast is about, in a few sentences (plain text).'),
  language: z.enum(['de', 'en']).default('de').describe('Language of the podcast and of the site\'s interface.'),
  site: httpsUrl.describe('Public address of this site, like https://podcast.example.de (no path).'),
  author: z.string().min(1).describe('Who makes the podcast (itunes:author).'),
  copyright: z.string().optional().describe('Copyright line; defaults to "© <first>–<newest episode year> <author>".'),
  owner: z
    .object({
      name: z.string().min(1).describe('Owner name for podcast directories.'),
      email: z.email({ error: 'expected an e-mail address' }).describe('Owner e-mail; Apple, Spotify and YouTube send verification codes here.'),
    })
    .describe('Who owns the feed.'),
  host: personSchema.describe('The host, shown on pages and as podcast:person in the feed.'),
  artwork: localImageSchema('the podcast cover').describe('Square podcast cover, JPEG or PNG, 1400–3000 px, under public/ (like /artwork.jpg).'),
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
    .describe(`Where listeners find the podcast: ${Object.values(platformNames).join(', ')}.`),
  episodesPerPage: z.number().int().min(1).max(200).default(12).describe('Episodes per archive page.'),
  newsletter: newsletterSchema
    .optional()
    .describe('Newsletter signup form: which provider receives it (see docs/booking-and-newsletter.md). Without it, no form is shown and the build warns.'),
  booking: bookingSchema.optional().describe('Cal.com booking for the coffee call on /kaffee/ (see docs/booking-and-newsletter.md).'),
  smallBusiness: z
    .boolean()
    .default(false)
    .describe('true for a small business under § 19 UStG: prices then carry the § 19 note instead of "inkl. 19 % USt".'),
});

export type SiteSettings = z.infer<typeof settingsSchema>;
export type Person = z.infer<typeof personSchema>;
