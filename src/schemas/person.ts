import { z } from 'astro/zod';
import { localImageSchema, webAddressSchema } from './fields';

/** Someone heard in the podcast: the host in the settings, guests in an episode. */
export const personSchema = z.object({
  name: z.string().min(1).describe('Full name as listeners know it.'),
  role: z.string().optional().describe('Podcasting 2.0 role, such as "host" or "guest".'),
  url: webAddressSchema.optional().describe('Personal website or profile.'),
  image: localImageSchema('the portrait').optional().describe('Portrait: a square image under public/, like /images/oliver.jpg.'),
});

export type Person = z.infer<typeof personSchema>;

/**
 * A `podcast:person` as an old feed wrote it, kept by the importer and written
 * to the feed unchanged. Its picture stays at the old host: podcast apps load
 * it, the site's pages never show it.
 * @see https://podcasting2.org/docs/podcast-namespace/tags/person
 */
export const feedPersonSchema = z.object({
  name: z.string().min(1).describe('Name, the text of the tag.'),
  role: z.string().min(1).optional().describe('Role from the Podcasting 2.0 taxonomy, such as host, guest or editor.'),
  group: z.string().min(1).optional().describe('Group from the Podcasting 2.0 taxonomy, such as cast or writing.'),
  href: webAddressSchema.optional().describe('Web page about the person.'),
  img: webAddressSchema.optional().describe('Picture of the person, shown only by podcast apps.'),
});

export type FeedPerson = z.infer<typeof feedPersonSchema>;
