import { z } from 'astro/zod';
import { parsePublished } from '../lib/base/dates';
import { parseDuration } from '../lib/base/duration';
import { topicSlug } from '../lib/base/slug';
import { localImageSchema, publicPathOrHttpsSchema, visibleTextSchema, webAddressSchema } from './fields';
import { personSchema } from './person';

/**
 * What an episode file may say. This schema is the reference: the README's
 * frontmatter table, the feed and the pages derive from it.
 */

const durationSchema = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const seconds = parseDuration(value);
  if (seconds === undefined) {
    ctx.addIssue({ code: 'custom', message: 'expected a duration in seconds (1834) or as hh:mm:ss (00:30:34)' });
    return z.NEVER;
  }
  return seconds;
});

export const audioSchema = z
  .object({
    url: publicPathOrHttpsSchema('the audio file').describe(
      'The audio file: under public/ (like /audio/042-vertrauen.mp3) or an absolute https:// address.',
    ),
    bytes: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Exact file size in bytes. Required for https:// audio; read from the file for local audio.'),
    type: z
      .enum(['audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/aac', 'audio/ogg', 'audio/opus', 'audio/wav', 'audio/flac'])
      .default('audio/mpeg')
      .describe('MIME type of the audio file.'),
    duration: durationSchema
      .optional()
      .describe('Length in seconds (1834) or "hh:mm:ss". Required for https:// audio; read from local files when omitted.'),
  })
  .superRefine((audio, ctx) => {
    if (!audio.url.startsWith('https://')) return;
    if (audio.bytes === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['bytes'],
        message: 'expected the exact file size in bytes for audio hosted elsewhere (run: npm run audio -- <file>)',
      });
    }
    if (audio.duration === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['duration'],
        message: 'expected the duration for audio hosted elsewhere (run: npm run audio -- <file>)',
      });
    }
  });

export const linkSchema = z.object({
  title: z.string().min(1).describe('Link text.'),
  url: webAddressSchema.describe('Where the link goes.'),
});

export const episodeSchema = z
  .object({
    title: visibleTextSchema('the episode title').describe('Episode title.'),
    episode: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Episode number, a positive integer; may be left out for trailers and bonus episodes.'),
    season: z.number().int().positive().optional().describe('Season number.'),
    published: z
      .union([z.date(), z.string()], { error: 'expected a publication date like 2019-03-14' })
      .transform((value, ctx) => {
        const date = parsePublished(value);
        if (!date) {
          ctx.addIssue({
            code: 'custom',
            message:
              'expected a date like 2019-03-14 or a date and time like 2019-03-14T07:30:00+01:00 (Europe/Berlin when no zone is given)',
          });
          return z.NEVER;
        }
        return date;
      })
      .describe('Publication date, or ISO date and time; Europe/Berlin when no zone is given. Future dates stay unpublished until then.'),
    summary: visibleTextSchema('a summary of one to three sentences').describe(
      'One to three sentences of plain text: used in lists, the feed and search results.',
    ),
    audio: audioSchema.describe("The episode's audio file."),
    topics: z
      .array(
        z
          .string({ error: 'expected a topic as text, like IT-Sicherheit' })
          .refine(
            (name) => topicSlug(name) !== '',
            'expected a topic with at least one letter or digit, which its address /themen/<topic>/ is made of',
          ),
      )
      .default([])
      .describe('Topics; each gets a page under /themen/<topic>/.'),
    links: z.array(linkSchema).default([]).describe('"Weiterführende Links" mentioned in the episode.'),
    video: z
      .object({
        vimeo: z
          .string()
          .regex(/^\d+$/, 'expected the numeric Vimeo video id')
          .optional()
          .describe("Vimeo video id, the number in the video's address (quoted)."),
        youtube: z
          .string()
          .regex(/^[\w-]{11}$/, 'expected the 11-character YouTube video id')
          .optional()
          .describe('YouTube video id, the 11 characters after "v=".'),
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
    image: localImageSchema('the episode artwork')
      .optional()
      .describe('Episode artwork (square JPEG or PNG) under public/, like /images/042.jpg.'),
    guests: z.array(personSchema).default([]).describe('Guests in this episode.'),
    draft: z.boolean().default(false).describe('Drafts appear nowhere: no page, no feed item, no search result.'),
    imported: z
      .object({
        source: z.string().min(1).describe('The feed this episode was imported from.'),
        hash: z.string().min(1).describe('Fingerprint of the imported content.'),
      })
      .optional()
      .describe(
        'Written by `npm run import`: while the fingerprint matches, a re-import may refresh the file; after a hand edit it never touches it again.',
      ),
  })
  .superRefine((episode, ctx) => {
    if (episode.type === 'full' && episode.episode === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['episode'],
        message: 'expected an episode number for a full episode (only trailers and bonus episodes may leave it out)',
      });
    }
  });

export type EpisodeData = z.infer<typeof episodeSchema>;
