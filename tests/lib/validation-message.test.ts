import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { describeIssues } from '../../src/lib/validation-message';

const schema = z.object({
  title: z.string(),
  episode: z.number().int().positive(),
  explicit: z.boolean(),
  topics: z.array(z.string().min(1)).min(1),
  type: z.enum(['full', 'trailer', 'bonus']),
  audio: z.object({ url: z.string() }),
  email: z.email(),
  custom: z.string().regex(/^\d+$/, 'expected the numeric Vimeo video id'),
});

function message(input: Record<string, unknown>, field: string): string {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be invalid');
  return describeIssues('content/episodes/x.md', result.error.issues, input)
    .split('\n')
    .find((line) => line.startsWith(`content/episodes/x.md: ${field}: `))!;
}

describe('schema problems read as plain words, with file, field and what was found', () => {
  it.each([
    [{}, 'title', 'required: expected text (missing)'],
    [{ title: null }, 'title', 'is empty; expected text'],
    [{ title: 42 }, 'title', 'expected text (found 42)'],
    [{ episode: 1.5 }, 'episode', 'expected a whole number (found 1.5)'],
    [{ episode: 'drei' }, 'episode', 'expected a number (found "drei")'],
    [{ episode: 0 }, 'episode', 'expected more than 0 (found 0)'],
    [{ explicit: 'ja' }, 'explicit', 'expected true or false (found "ja")'],
    [{ topics: [] }, 'topics', 'expected at least 1 entry (found [])'],
    [{ topics: [''] }, 'topics.0', 'is empty; expected text'],
    [{ topics: 'IT' }, 'topics', 'expected a list (one "- " line per entry) (found "IT")'],
    [{ type: 'special' }, 'type', 'expected one of: full, trailer, bonus (found "special")'],
    [{ audio: '/a.mp3' }, 'audio', 'expected a group of fields indented below it (found "/a.mp3")'],
    [{ email: 'oliver' }, 'email', 'expected an e-mail address (found "oliver")'],
    [{ custom: 'abc' }, 'custom', 'expected the numeric Vimeo video id (found "abc")'],
  ])('%j → %s: %s', (input, field, text) => {
    expect(message(input, field)).toBe(`content/episodes/x.md: ${field}: ${text}`);
  });

  it('invisible characters in what was found are shown as their code points', () => {
    const result = z.object({ title: z.string().min(5) }).safeParse({ title: '\u200B\u202Eab' });
    expect(describeIssues('x.md', result.error!.issues, { title: '\u200B\u202Eab' })).toBe(
      'x.md: title: expected at least 5 characters (found "\\u{200B}\\u{202E}ab")',
    );
  });

  it('no Markdown markup and no stack trace', () => {
    const result = schema.safeParse({});
    const text = describeIssues('x.md', result.error!.issues, {});
    expect(text).not.toMatch(/\*\*|`|\n\s+at /);
  });
});
