import type { z } from 'astro/zod';

/**
 * Turns zod issues into lines a podcaster can act on:
 * `content/settings.yaml: owner.email: expected an e-mail address (found "oliver")`.
 */
export function describeIssues(file: string, issues: readonly z.core.$ZodIssue[], input?: unknown): string {
  return issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.map(String).join('.') : '(whole file)';
      const found = valueAt(input, issue.path);
      const foundText = found === undefined ? ' (missing)' : ` (found ${JSON.stringify(found)})`;
      return `${file}: ${field}: ${issue.message}${foundText}`;
    })
    .join('\n');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
