import { z } from 'astro/zod';
import { isEuroAmount } from '../lib/base/prices';
import { calLinkSchema } from './booking';

/** A "to go" time package on /togo/: what the visitor buys, for how much, and how. */
export const packageSchema = z.object({
  title: z.string().min(1).describe('Name of the package, like "Klartext kompakt".'),
  hours: z.number().positive().max(1000).describe('Hours of consulting included.'),
  price: z
    .number({ error: 'expected the gross price in euros as a number, like 1190 or 1190.50' })
    .refine(isEuroAmount, 'expected the gross price in euros with at most two decimals, like 1190 or 1190.50')
    .describe('Gross price in euros (what the customer pays), like 1190 for 1.190,00 €.'),
  summary: z.string().min(1).describe('One or two sentences for the overview on /togo/.'),
  included: z.array(z.string().min(1)).min(1, 'expected at least one item').describe('What is included, one short line each.'),
  order: z.number().int().default(0).describe('Position on /togo/: lower numbers first.'),
  checkoutUrl: z
    .url({ protocol: /^https$/, error: 'expected the checkout address starting with https://, such as a Stripe Payment Link' })
    .optional()
    .describe('Where the package is bought, such as a Stripe Payment Link (https://buy.stripe.com/…).'),
  calEvent: calLinkSchema
    .optional()
    .describe('Cal.com event for requesting or booking the sessions, like oliver-hartmann/togo-erstgespraech.'),
});

export type PackageData = z.infer<typeof packageSchema>;
