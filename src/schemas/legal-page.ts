import { z } from 'astro/zod';

/** Imprint and privacy policy: the site owner's legal texts. */
export const legalPageSchema = z.object({
  title: z.string().min(1).describe('Page title, like "Impressum".'),
  description: z.string().min(1).describe('One sentence for search engines.'),
  placeholder: z.boolean().default(false).describe('true while the text is the demo placeholder: the page then says so in a banner.'),
  updated: z.coerce.date().optional().describe('Date of the last change to the text, like 2025-03-01.'),
});
