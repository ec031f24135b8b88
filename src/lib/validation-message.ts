import type { z } from 'astro/zod';

/**
 * Turns zod issues into lines a podcaster can act on:
 * `content/settings.yaml: owner.email: expected an e-mail address (found "oliver")`.
 * The schemas' own messages are kept; zod's generic ones ("Invalid input:
 * expected string, received null") are said in plain words.
 */
export function describeIssues(file: string, issues: readonly z.core.$ZodIssue[], input?: unknown): string {
  return issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.map(String).join('.') : '(whole file)';
      const found = valueAt(input, issue.path);
      const message = plainMessage(issue, found);
      return `${file}: ${field}: ${message}${message.startsWith('is empty') ? '' : foundText(found)}`;
    })
    .join('\n');
}

const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (one "- " line per entry)',
  object: 'a group of fields indented below it',
  date: 'a date like 2024-05-02',
};

const FORMAT: Record<string, string> = {
  email: 'an e-mail address',
  url: 'a web address starting with https://',
  uuid: 'a UUID like 917393e3-1b1e-5cef-ace4-edaa54e1f810',
};

// zod's own messages start like this; the schemas' messages never do.
const ZOD_DEFAULT = /^(Invalid|Too small|Too big|Unrecognized)/;

function plainMessage(issue: z.core.$ZodIssue, found: unknown): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const kind = KIND[issue.expected] ?? issue.expected;
      if (found === undefined) return `required: expected ${kind}`;
      return found === null ? `is empty; expected ${kind}` : `expected ${kind}`;
    }
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'is empty; expected text' : `expected at least ${issue.minimum} characters`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `expected at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`;
      return `expected ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `expected at most ${issue.maximum} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `expected at most ${issue.maximum} entries`;
      return `expected ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_value':
      return `expected one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `expected ${FORMAT[issue.format] ?? issue.format}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}`;
    default:
      return 'is not valid here';
  }
}

// Characters that show as nothing, or reverse the text around them, in a terminal.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Variation_Selector}\u034F\u115F\u1160\u3164\uFFA0]/gu;

function foundText(found: unknown): string {
  if (found === undefined) return ' (missing)';
  if (found === null) return ' (empty)';
  const shown = JSON.stringify(found instanceof Date ? found.toISOString() : found) ?? String(found);
  const visible = shown.replace(HIDDEN, (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`);
  return ` (found ${visible.length > 120 ? `${visible.slice(0, 119)}…` : visible})`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
