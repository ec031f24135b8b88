import { z } from 'astro/zod';

/** A listener's quote, shown on the home page, on /weiterempfehlen/ and with the episode it is about. */
export const testimonialSchema = z.object({
  name: z.string().min(1).describe('Who said it: a first name or the name the listener agreed to be quoted with.'),
  role: z.string().min(1).optional().describe('What they do, like "Projektleiterin im Vertrieb".'),
  quote: z.string().min(1).describe('The quote as plain text, without quotation marks.'),
  episode: z
    .string()
    .regex(/^[\w-]+$/, 'expected the episode file name without .md, like 004-vertraust-du-deiner-it')
    .optional()
    .describe("The episode the quote is about: its file name without .md. The quote then also appears on that episode's page."),
  date: z.coerce.date({ error: 'expected a date like 2024-10-02' }).optional().describe('When it was said; newer quotes come first.'),
});

export type TestimonialData = z.infer<typeof testimonialSchema>;
