import { z } from 'astro/zod';

/** A Cal.com event as in cal.com/<calLink>, like oliver-hartmann/kaffee. */
export const calLinkSchema = z
  .string()
  .regex(/^\w[\w.-]*(\/\w[\w.-]*)*$/, 'expected the Cal.com link without the address in front, like oliver-hartmann/kaffee');

/** The coffee call on /kaffee/, booked through Cal.com (docs/booking-and-newsletter.md). */
export const bookingSchema = z.object({
  calLink: calLinkSchema.describe('The event to book, as in cal.com/<calLink>: like oliver-hartmann/kaffee.'),
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
  layout: z
    .enum(['month_view', 'week_view', 'column_view'])
    .default('month_view')
    .describe('Calendar layout: month_view, week_view or column_view.'),
  theme: z.enum(['auto', 'light', 'dark']).default('auto').describe("Colour theme of the calendar: auto follows the visitor's system."),
  hideEventTypeDetails: z.boolean().default(false).describe('true hides the event description next to the calendar.'),
});

export type BookingSettings = z.infer<typeof bookingSchema>;
