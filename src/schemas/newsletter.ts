import { z } from 'astro/zod';
import { mailchimpAudience } from '../lib/base/mailchimp';

/**
 * The newsletter signup form in the settings: which provider receives it and
 * what its form needs (docs/booking-and-newsletter.md).
 */

export const newsletterProviders = ['brevo', 'mailchimp', 'cleverreach', 'kit', 'buttondown', 'listmonk', 'custom'] as const;
export type NewsletterProvider = (typeof newsletterProviders)[number];

/** A form field name as providers use them: letters, digits, `_`, `-`, `.` and `[]`, nothing that could break out of an attribute. */
const fieldName = z
  .string()
  .regex(/^[A-Za-z_][\w.\-[\]]{0,63}$/, 'expected a form field name: letters, digits, "_", "-", "." or "[]", starting with a letter');

const newsletterCommon = {
  action: z
    .url({ protocol: /^https$/, error: "expected the form action address starting with https:// (from the provider's embed code)" })
    .describe('Where the form posts: the action="…" address from the provider\'s embed code.'),
  emailField: fieldName
    .optional()
    .describe("Name of the e-mail field; leave out to use the provider's usual name (EMAIL, email, email_address)."),
  fields: z
    .record(fieldName, z.string().max(500), {
      error: (issue) =>
        issue.code === 'invalid_key'
          ? 'expected form field names: letters, digits, "_", "-", "." or "[]", starting with a letter'
          : undefined,
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
      locale: z
        .string()
        .regex(/^[a-z]{2}$/, 'expected a two-letter language code like de')
        .default('de')
        .describe("Language of Brevo's confirmation pages."),
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
      provider: z
        .literal('kit')
        .describe('Kit (formerly ConvertKit): action is the https://app.kit.com/forms/<form id>/subscriptions address.'),
      ...newsletterCommon,
    }),
    z.object({
      provider: z
        .literal('buttondown')
        .describe('Buttondown: action is https://buttondown.com/api/emails/embed-subscribe/<your username>.'),
      ...newsletterCommon,
    }),
    z.object({
      provider: z.literal('listmonk').describe('listmonk (self-hosted): action is https://<your listmonk>/subscription/form.'),
      ...newsletterCommon,
      lists: z
        .array(z.uuid({ error: "expected the list's UUID from listmonk (Lists → the list → UUID)" }))
        .min(1, 'expected at least one list UUID')
        .describe('UUIDs of the public listmonk lists to subscribe to.'),
    }),
    z.object({
      provider: z.literal('custom').describe('Any other service or your own endpoint that accepts a plain HTML form post.'),
      ...newsletterCommon,
      honeypotField: fieldName.optional().describe('Name of a field your endpoint treats as a bot trap (must arrive empty).'),
      redirectField: fieldName
        .optional()
        .describe('Name of a field your endpoint reads the thank-you address from; the site sends /denkanstoss/danke/.'),
    }),
  ],
  { error: `expected provider to be one of: ${newsletterProviders.join(', ')}` },
);

export type NewsletterSettings = z.infer<typeof newsletterSchema>;
