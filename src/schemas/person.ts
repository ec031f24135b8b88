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
