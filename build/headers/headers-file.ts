/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the published
 * folder: blocks of one URL pattern followed by indented `Name: value` lines.
 * Patterns are paths where `*` stands for any characters (a splat) and `:name`
 * for one path segment.
 * @see https://docs.netlify.com/manage/routing/headers/
 * @see https://developers.cloudflare.com/pages/configuration/headers/
 */

/** Where Netlify and Cloudflare Pages look for the rules, in the published folder; neither serves the file itself. */
export const HEADERS_FILE = '_headers';

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
  /** Written above the block, so the file explains itself to whoever opens it. */
  comment?: string | undefined;
}

/** Cloudflare Pages reads at most this many rules and this many characters per line. */
export const CLOUDFLARE_MAX_RULES = 100;
export const CLOUDFLARE_MAX_LINE = 2000;

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
const PATTERN = /^\/[\x21-\x7e]*$/;

function assertWritable({ pattern, headers }: HeaderRule): void {
  if (!PATTERN.test(pattern)) throw new Error(`_headers: the pattern "${pattern}" must be a path starting with "/" without spaces`);
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name)) throw new Error(`_headers: ${pattern}: "${name}" is not a header name`);
    if (/[\r\n]/.test(value) || value.trim() === '') throw new Error(`_headers: ${pattern}: ${name} must be one non-empty line`);
  }
}

/** The file's text; the same rules always give the same bytes. */
export function serializeHeaderRules(rules: readonly HeaderRule[]): string {
  return rules
    .map((rule) => {
      assertWritable(rule);
      const comment = rule.comment ? `# ${rule.comment.replace(/\s*\n\s*/g, ' ')}\n` : '';
      const lines = Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`);
      return `${comment}${rule.pattern}\n${lines.join('\n')}\n`;
    })
    .join('\n');
}

/** Reads a `_headers` file; a line it cannot place throws with the file name and line number. */
export function parseHeaderRules(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([^:\s]+):\s*(.*?)\s*$/.exec(line);
    if (!rule || !match) throw new Error(`${file}:${index + 1}: expected a URL pattern or an indented "Name: value" line`);
    const [, name = '', value = ''] = match;
    const existing = Object.keys(rule.headers).find((key) => key.toLowerCase() === name.toLowerCase());
    if (existing) rule.headers[existing] = `${rule.headers[existing]}, ${value}`;
    else rule.headers[name] = value;
  });
  return rules;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const compiled = new Map<string, RegExp>();

/** Whether a request path (as sent, percent-encoded) falls under a pattern. */
export function patternMatches(pattern: string, path: string): boolean {
  let expression = compiled.get(pattern);
  if (!expression) {
    const source = pattern
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') && part.length > 1 ? '[^/]+' : escapeRegExp(part)))
      .join('');
    expression = new RegExp(`^${source}$`);
    compiled.set(pattern, expression);
  }
  return expression.test(path);
}

/**
 * The headers a host adds to the response for `path`: those of every matching
 * rule. A header that two matching rules set is joined with a comma, as
 * Cloudflare Pages does; the build never writes such a pair (`overlappingHeaders`).
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      const key = Object.keys(result).find((existing) => existing.toLowerCase() === name.toLowerCase()) ?? name;
      result[key] = result[key] === undefined ? value : `${result[key]}, ${value}`;
    }
  }
  return result;
}

/**
 * Where two matching rules would both set a header for one of `paths`. Hosts
 * disagree about that case (Cloudflare joins both values, which makes two
 * Content-Security-Policies of which the stricter wins; Netlify keeps one), so
 * the rules must never overlap.
 */
export function overlappingHeaders(rules: readonly HeaderRule[], paths: readonly string[]): string[] {
  const problems: string[] = [];
  for (const path of paths) {
    const setBy = new Map<string, string[]>();
    for (const rule of rules) {
      if (!patternMatches(rule.pattern, path)) continue;
      for (const name of Object.keys(rule.headers)) {
        const key = name.toLowerCase();
        setBy.set(key, [...(setBy.get(key) ?? []), rule.pattern]);
      }
    }
    for (const [name, patterns] of setBy) {
      if (patterns.length > 1) problems.push(`${path}: ${name} is set by ${patterns.map((pattern) => `"${pattern}"`).join(' and ')}`);
    }
  }
  return problems;
}
