import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseDuration } from './lib/base/duration';
import { parsePublished } from './lib/base/dates';
import { calLinkSchema, personSchema } from './lib/settings-schema';
import { isEuroAmount } from './lib/base/prices';
import { localImageSchema, publicPathOrHttpsSchema, visibleTextSchema } from './lib/field-schemas';
import { episodeSlugFromFile, topicSlug } from './lib/base/slug';
import { contentSources, globPattern } from './lib/content-sources';

/**
 * What an episode file may say. This schema is the reference: the README's
 * frontmatter table, the feed and the pages derive from it.
 */

const durationSchema = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    const seconds = parseDuration(value);
    if (seconds === undefined) {
      ctx.addIssue({ code: 'custom', message: 'expected a duration in seconds (1834) or as hh:mm:ss (00:30:34)' });
      return z.NEVER;
    }
    return seconds;
  });

export const audioSchema = z
  .object({
    url: publicPathOrHttpsSchema('the audio file').describe('The audio file: under public/ (like /audio/042-vertrauen.mp3) or an absolute https:// address.'),
    bytes: z.number().int().positive().optional().describe('Exact file size in bytes. Required for https:// audio; read from the file for local audio.'),
    type: z
      .enum(['audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/aac', 'audio/ogg', 'audio/opus', 'audio/wav', 'audio/flac'])
      .default('audio/mpeg')
      .describe('MIME type of the audio file.'),
    duration: durationSchema.optional().describe('Length in seconds (1834) or "hh:mm:ss". Required for https:// audio; read from local files when omitted.'),
  })
  .superRefine((audio, ctx) => {
    if (!audio.url.startsWith('https://')) return;
    if (audio.bytes === undefined) {
      ctx.addIssue({ code: 'custom', path: ['bytes'], message: 'expected the exact file size in bytes for audio hosted elsewhere (run: npm run audio -- <file>)' });
    }
    if (audio.duration === undefined) {
      ctx.addIssue({ code: 'custom', path: ['duration'], message: 'expected the duration for audio hosted elsewhere (run: npm run audio -- <file>)' });
    }
  });

export const linkSchema = z.object({
  title: z.string().min(1).describe('Link text.'),
  url: z.url({ protocol: /^https?$/, error: 'expected a web address starting with https://' }).describe('Where the link goes.'),
});

export const episodeSchema = z
  .object({
    title: visibleTextSchema('the episode title').describe('Episode title.'),
    episode: z.number().int().positive().optional().describe('Episode number, a positive integer; may be left out for trailers and bonus episodes.'),
    season: z.number().int().positive().optional().describe('Season number.'),
    published: z
      .union([z.date(), z.string()], { error: 'expected a publication date like 2019-03-14' })
      .transform((value, ctx) => {
        const date = parsePublished(value);
        if (!date) {
          ctx.addIssue({ code: 'custom', message: 'expected a date like 2019-03-14 or a date and time like 2019-03-14T07:30:00+01:00 (Europe/Berlin when no zone is given)' });
          return z.NEVER;
        }
        return date;
      })
      .describe('Publication date, or ISO date and time; Europe/Berlin when no zone is given. Future dates stay unpublished until then.'),
    summary: visibleTextSchema('a summary of one to three sentences').describe('One to three sentences of plain text: used in lists, the feed and search results.'),
    audio: audioSchema.describe('The episode\'s audio file.'),
    topics: z
      .array(
        z
          .string({ error: 'expected a topic as text, like IT-Sicherheit' })
          .refine((name) => topicSlug(name) !== '', 'expected a topic with at least one letter or digit, which its address /themen/<topic>/ is made of'),
      )
      .default([])
      .describe('Topics; each gets a page under /themen/<topic>/.'),
    links: z.array(linkSchema).default([]).describe('"Weiterführende Links" mentioned in the episode.'),
    video: z
      .object({
        vimeo: z.string().regex(/^\d+$/, 'expected the numeric Vimeo video id').optional().describe('Vimeo video id, the number in the video\'s address (quoted).'),
        youtube: z.string().regex(/^[\w-]{11}$/, 'expected the 11-character YouTube video id').optional().describe('YouTube video id, the 11 characters after "v=".'),
      })
      .optional()
      .describe('A video of the episode, shown only after the visitor agrees to load it.'),
    guid: z
      .string({ error: 'expected the guid as quoted text, exactly as the old host wrote it (numbers must be quoted: "00123")' })
      .min(1)
      .optional()
      .describe('Stable id kept from an earlier host. Never change it: apps would download the episode again.'),
    type: z.enum(['full', 'trailer', 'bonus']).default('full').describe('full, trailer or bonus.'),
    explicit: z.boolean().default(false).describe('Whether this episode contains explicit content.'),
    image: localImageSchema('the episode artwork').optional().describe('Episode artwork (square JPEG or PNG) under public/, like /images/042.jpg.'),
    guests: z.array(personSchema).default([]).describe('Guests in this episode.'),
    draft: z.boolean().default(false).describe('Drafts appear nowhere: no page, no feed item, no search result.'),
    imported: z
      .object({
        source: z.string().min(1).describe('The feed this episode was imported from.'),
        hash: z.string().min(1).describe('Fingerprint of the imported content.'),
      })
      .optional()
      .describe('Written by `npm run import`: while the fingerprint matches, a re-import may refresh the file; after a hand edit it never touches it again.'),
  })
  .superRefine((episode, ctx) => {
    if (episode.type === 'full' && episode.episode === undefined) {
      ctx.addIssue({ code: 'custom', path: ['episode'], message: 'expected an episode number for a full episode (only trailers and bonus episodes may leave it out)' });
    }
  });

export type EpisodeData = z.infer<typeof episodeSchema>;

const episodes = defineCollection({
  loader: glob({
    pattern: globPattern(contentSources.episodes),
    base: contentSources.episodes.base,
    generateId: ({ entry }) => episodeSlugFromFile(`${contentSources.episodes.base}/${entry}`),
  }),
  schema: episodeSchema,
});

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

const packages = defineCollection({
  loader: glob({ pattern: globPattern(contentSources.packages), base: contentSources.packages.base }),
  schema: packageSchema,
});

/** Imprint and privacy policy: the site owner's legal texts. */
export const legalSchema = z.object({
  title: z.string().min(1).describe('Page title, like "Impressum".'),
  description: z.string().min(1).describe('One sentence for search engines.'),
  placeholder: z.boolean().default(false).describe('true while the text is the demo placeholder: the page then says so in a banner.'),
  updated: z.coerce.date().optional().describe('Date of the last change to the text, like 2025-03-01.'),
});

const legal = defineCollection({
  loader: glob({ pattern: globPattern(contentSources.legal), base: contentSources.legal.base }),
  schema: legalSchema,
});

export const testimonialSchema = z.object({
  name: z.string().min(1).describe('Who said it: a first name or the name the listener agreed to be quoted with.'),
  role: z.string().min(1).optional().describe('What they do, like "Projektleiterin im Vertrieb".'),
  quote: z.string().min(1).describe('The quote as plain text, without quotation marks.'),
  episode: z
    .string()
    .regex(/^[\w-]+$/, 'expected the episode file name without .md, like 004-vertraust-du-deiner-it')
    .optional()
    .describe('The episode the quote is about: its file name without .md. The quote then also appears on that episode\'s page.'),
  date: z.coerce.date({ error: 'expected a date like 2024-10-02' }).optional().describe('When it was said; newer quotes come first.'),
});

export type TestimonialData = z.infer<typeof testimonialSchema>;

const testimonials = defineCollection({
  loader: glob({ pattern: globPattern(contentSources.testimonials), base: contentSources.testimonials.base }),
  schema: testimonialSchema,
});

export const collections = { episodes, packages, legal, testimonials };
