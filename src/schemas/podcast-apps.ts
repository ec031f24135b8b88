import { z } from 'astro/zod';
import { spdxLicense } from '../lib/base/license';
import { dateForm, recurrenceProblem } from '../lib/base/rrule';
import { webAddressSchema } from './fields';

/**
 * Settings for what podcast apps read beyond Apple's required tags: the
 * release schedule, recommended shows and download statistics.
 * @see https://podcasting2.org/docs/podcast-namespace/1.0
 */

/** @see https://podcasting2.org/docs/podcast-namespace/tags/update-frequency */
export const updateFrequencySchema = z
  .object({
    text: z.string().trim().min(1).max(128).describe('The schedule in words, as apps may show it, like "Alle zwei Wochen montags".'),
    rrule: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('The schedule as an iCalendar recurrence rule (RFC 5545), like FREQ=WEEKLY;INTERVAL=2;BYDAY=MO.'),
    dtstart: z
      .string()
      .trim()
      .refine(
        (value) => dateForm(value) !== undefined,
        'expected an ISO 8601 date or date and time, like 2024-01-08 or 2024-01-08T06:00:00Z',
      )
      .optional()
      .describe('When the schedule starts (ISO 8601); required when rrule has COUNT, and a future date announces a return from a break.'),
  })
  .superRefine((frequency, ctx) => {
    const problem = frequency.rrule && recurrenceProblem(frequency.rrule, frequency.dtstart);
    if (problem) ctx.addIssue({ code: 'custom', path: ['rrule'], message: problem });
  });

/** @see https://podcasting2.org/docs/podcast-namespace/tags/podroll */
export const podrollEntrySchema = z.object({
  title: z.string().trim().min(1).max(128).describe('Name of the recommended podcast, shown on the recommendations page and by apps.'),
  feedGuid: z
    .uuid({ error: 'expected the podcast:guid of the recommended podcast (a UUID; search the show on podcastindex.org to find it)' })
    .describe("The recommended podcast's podcast:guid: apps find the show by it."),
  feedUrl: webAddressSchema.optional().describe('Its feed address, for apps that cannot look the guid up.'),
  url: webAddressSchema.optional().describe('Its website, linked on the recommendations page.'),
  description: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .describe('One sentence why you recommend it, shown on the recommendations page.'),
});

/** Services whose address prefix counts downloads; known ones are named on the privacy page without further settings. */
export const downloadStatisticsSchema = z.object({
  prefix: webAddressSchema
    .refine(
      (value) => value.endsWith('/') && !/[?#]/.test(value),
      'expected the prefix address ending with "/" and without ? or #, like https://op3.dev/e/',
    )
    .describe('The prefix the service gives you, like https://op3.dev/e/ (OP3) or https://dts.podtrac.com/redirect.mp3/ (Podtrac).'),
  withScheme: z
    .boolean()
    .default(false)
    .describe(
      'true writes the audio address with its https:// after the prefix (prefix/https://host/file.mp3), as some services ask; false writes prefix/host/file.mp3.',
    ),
  service: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe(
      'Name of the service for the privacy page; known prefixes (OP3, Podtrac, Chartable, Podscribe) are named without it, others by their host name.',
    ),
  privacyPolicy: webAddressSchema.optional().describe("Address of the service's privacy policy, linked on the privacy page."),
});

/** `license` with `licenseUrl`: an SPDX identifier, or any name with the address of its text. */
export function refineLicense(settings: { license?: string | undefined; licenseUrl?: string | undefined }, ctx: z.RefinementCtx): void {
  if (settings.license === undefined) {
    if (settings.licenseUrl) ctx.addIssue({ code: 'custom', path: ['license'], message: 'expected the license name beside licenseUrl' });
    return;
  }
  if (!settings.licenseUrl && !spdxLicense(settings.license)) {
    ctx.addIssue({
      code: 'custom',
      path: ['license'],
      message: `"${settings.license}" is no SPDX license identifier (like CC-BY-4.0 or CC-BY-NC-ND-4.0); for your own license also set licenseUrl to the address of its full text`,
    });
  }
}
