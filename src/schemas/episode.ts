import { z } from 'astro/zod';
import { parsePublished } from '../lib/base/dates';
import { parseDuration } from '../lib/base/duration';
import { topicSlug } from '../lib/base/slug';
import { localImageSchema, publicPathOrWebAddressSchema, visibleTextSchema, webAddressSchema } from './fields';
import { feedPersonSchema, personSchema } from './person';

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

/** A MIME type as podcast feeds write it, like `audio/mpeg`. */
const MIME_TYPE = /^[a-z0-9][\w.+-]*\/[a-z0-9][\w.+-]*$/i;

export const audioSchema = z
  .object({
    url: publicPathOrWebAddressSchema('the audio file').describe(
      'The audio file: under public/ (like /audio/042-vertrauen.mp3) or an absolute https:// address.',
    ),
    bytes: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe(
        'Exact file size in bytes. Required for audio hosted elsewhere; read from the file for local audio. 0 only in imported episodes whose old feed said 0: apps know the enclosure that way.',
      ),
    type: z
      .string()
      .regex(/^audio\//i, 'expected an audio MIME type like audio/mpeg')
      .regex(MIME_TYPE, 'expected an audio MIME type like audio/mpeg')
      .default('audio/mpeg')
      .describe(
        'MIME type of the audio file: audio/mpeg (MP3), audio/x-m4a or audio/mp4 (AAC), audio/ogg, audio/opus, audio/wav, audio/flac. Imported episodes keep the type the old feed wrote.',
      ),
    duration: durationSchema
      .optional()
      .describe('Length in seconds (1834) or "hh:mm:ss". Required for audio hosted elsewhere; read from local files when omitted.'),
  })
  .superRefine((audio, ctx) => {
    if (!/^https?:\/\//i.test(audio.url)) return;
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

/** A time or length in seconds, as Podcasting 2.0 attributes write it (`73.5`). */
const secondsSchema = z.number().nonnegative();

/**
 * Podcasting 2.0 tags of one item that the site does not make itself. The
 * importer keeps them, so apps that used them notice no move.
 * @see https://podcasting2.org/docs/podcast-namespace/1.0
 */
const podcastTagsSchema = z.object({
  seasonName: z.string().min(1).optional().describe('Name of the season (podcast:season name="…").'),
  episode: z
    .object({
      number: z.number().positive().describe('Number, which may have decimals like 204.5.'),
      display: z.string().min(1).optional().describe('Text apps show instead of the number.'),
    })
    .optional()
    .describe('podcast:episode when it says more than `episode`: a decimal number or a display text.'),
  persons: z.array(feedPersonSchema).default([]).describe('People of this episode (podcast:person).'),
  soundbites: z
    .array(
      z.object({
        start: secondsSchema.describe('Start in seconds.'),
        duration: secondsSchema.positive().describe('Length in seconds.'),
        title: z.string().optional().describe('Title of the sound bite.'),
      }),
    )
    .default([])
    .describe('Sound bites apps may play as a preview (podcast:soundbite).'),
  alternateEnclosures: z
    .array(
      z.object({
        type: z.string().regex(MIME_TYPE, 'expected a MIME type like audio/opus').describe('MIME type.'),
        length: z.number().int().nonnegative().optional().describe('Size in bytes.'),
        bitrate: z.number().nonnegative().optional().describe('Bits per second.'),
        height: z.number().int().nonnegative().optional().describe('Video height in pixels.'),
        lang: z.string().min(1).optional().describe('Language.'),
        title: z.string().min(1).optional().describe('Label apps show.'),
        rel: z.string().min(1).optional().describe('Relation among alternatives.'),
        codecs: z.string().min(1).optional().describe('Codecs, as in RFC 6381.'),
        default: z.boolean().optional().describe('Whether this is the same file as the enclosure.'),
        sources: z
          .array(
            z.object({
              uri: z.string().min(1).describe('Where the file is: https://, ipfs://, magnet: …'),
              contentType: z.string().min(1).optional().describe('MIME type of this source.'),
            }),
          )
          .min(1)
          .describe('Sources of the file.'),
        integrity: z
          .object({
            type: z.string().min(1).describe('sri or pgp-signature.'),
            value: z.string().min(1).describe('The hash or signature.'),
          })
          .optional()
          .describe('Integrity check.'),
      }),
    )
    .default([])
    .describe('Other files of the episode, like another bitrate or format (podcast:alternateEnclosure).'),
  transcripts: z
    .array(
      z.object({
        url: webAddressSchema.describe('Address of the transcript at the old host.'),
        type: z.string().regex(MIME_TYPE, 'expected a MIME type like text/vtt').describe('MIME type.'),
        language: z.string().min(1).optional().describe('Language of the transcript.'),
        rel: z.string().min(1).optional().describe('captions for timed text shown while playing.'),
      }),
    )
    .default([])
    .describe("Transcripts at the old host the importer could not make this episode's own; written to the feed unchanged."),
  chapters: z
    .object({
      url: webAddressSchema.describe('Address of the chapters file at the old host.'),
      type: z.string().regex(MIME_TYPE, 'expected a MIME type like application/json+chapters').describe('MIME type.'),
    })
    .optional()
    .describe(
      'A chapters file at the old host the importer could not read; written to the feed while the episode has no chapters of its own.',
    ),
});

export type PodcastTags = z.infer<typeof podcastTagsSchema>;

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
    notesOnly: z
      .boolean()
      .default(false)
      .describe(
        'true when the text below is show notes and no transcript: the page then shows it as show notes, and neither the page nor the feed claims a transcript. The importer writes it for episodes the old feed gave no transcript.',
      ),
    feedTitle: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The item\'s <title> in the feed when it differs from `title`, which pages and itunes:title use; kept from an old feed that numbered its titles ("254: Hot Box").',
      ),
    guidIsPermaLink: z
      .union([z.boolean(), z.literal('omitted')])
      .optional()
      .describe(
        'How the old feed marked the guid, kept because some apps read a guid marked (or, without the attribute, taken) as a permalink relative to the feed address: true, false, or omitted (no attribute). Without it the feed writes isPermaLink="false".',
      ),
    podcast: podcastTagsSchema
      .optional()
      .describe('Podcasting 2.0 tags kept from the old feed by the importer and written to the feed as they were.'),
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
    // Apps already know an imported episode's enclosure; a changed one would be a new file to them.
    if (episode.imported) return;
    if (/^http:\/\//i.test(episode.audio.url)) {
      ctx.addIssue({
        code: 'custom',
        path: ['audio', 'url'],
        message: 'expected an https:// address (plain http:// is kept only in imported episodes, whose old feed used it)',
      });
    }
    if (episode.audio.bytes === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['audio', 'bytes'],
        message: 'expected the exact file size in bytes (0 is kept only in imported episodes, whose old feed said 0)',
      });
    }
  });

export type EpisodeData = z.infer<typeof episodeSchema>;
