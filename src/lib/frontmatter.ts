import { load, YAMLException } from 'js-yaml';

/**
 * Reads the YAML frontmatter of a content file the way Astro's content layer
 * does (the same opening rule, the same YAML library), so that the content
 * check before the build reports exactly what Astro would see, but with the
 * line of the mistake and in the podcaster's words.
 * @see https://docs.astro.build/en/guides/markdown-content/#frontmatter
 */

export type FrontmatterResult = { ok: true; data: Record<string, unknown>; body: string } | { ok: false; line: number; problem: string };

// Astro accepts a byte order mark or blank lines before the opening `---`.
const OPENING = /^(\uFEFF?(?:[ \t]*\r?\n)*)---[ \t]*\r?\n/;
// Like Astro, a line that starts with three dashes closes it.
const CLOSING = /^---/m;

export function readFrontmatter(text: string): FrontmatterResult {
  const opening = OPENING.exec(text);
  if (!opening) return { ok: true, data: {}, body: text };
  const openingLine = lineOf(text, opening[1]!.length);
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return {
      ok: false,
      line: openingLine,
      problem: 'the frontmatter that starts here with "---" is never closed; end it with a line of three dashes (---) before the text',
    };
  }
  try {
    const data = load(rest.slice(0, closing.index));
    const body = rest.slice(closing.index).replace(/^---[^\n]*\n?/, '');
    return { ok: true, data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, body };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return { ok: false, line: openingLine + 1 + (error.mark?.line ?? 0), problem: `the frontmatter is not valid YAML: ${error.reason}` };
  }
}

/**
 * The text after the frontmatter, trimmed: what Astro's content layer gives as
 * an entry's `body`. Episodes are loaded without keeping their bodies in the
 * content store (src/content.config.ts), which Astro bundles into every build.
 */
export function frontmatterBody(text: string): string {
  const opening = OPENING.exec(text);
  const rest = opening ? text.slice(opening[0].length) : text;
  const closing = opening ? CLOSING.exec(rest) : null;
  return closing
    ? rest
        .slice(closing.index)
        .replace(/^---[^\n]*\n?/, '')
        .trim()
    : text.trim();
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}
