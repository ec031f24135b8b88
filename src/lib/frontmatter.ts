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

/** Where a file's frontmatter YAML and its body lie, by Astro's rule; nothing without frontmatter. */
function splitFrontmatter(
  text: string,
): { openingLine: number; yaml: string; bodyStart: number } | { openingLine: number; unclosed: true } | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const openingLine = lineOf(text, opening[1]!.length);
  const yamlStart = opening[0].length;
  const closing = CLOSING.exec(text.slice(yamlStart));
  if (!closing) return { openingLine, unclosed: true };
  const yamlEnd = yamlStart + closing.index;
  return { openingLine, yaml: text.slice(yamlStart, yamlEnd), bodyStart: yamlEnd + /^---[^\n]*\n?/.exec(text.slice(yamlEnd))![0].length };
}

export function readFrontmatter(text: string): FrontmatterResult {
  const split = splitFrontmatter(text);
  if (!split) return { ok: true, data: {}, body: text };
  if ('unclosed' in split) {
    return {
      ok: false,
      line: split.openingLine,
      problem: 'the frontmatter that starts here with "---" is never closed; end it with a line of three dashes (---) before the text',
    };
  }
  try {
    const data = load(split.yaml);
    const body = text.slice(split.bodyStart);
    return { ok: true, data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, body };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return {
      ok: false,
      line: split.openingLine + 1 + (error.mark?.line ?? 0),
      problem: `the frontmatter is not valid YAML: ${error.reason}`,
    };
  }
}

/**
 * The text after the frontmatter, trimmed: what Astro's content layer gives as
 * an entry's `body`. Episodes are loaded without keeping their bodies in the
 * content store (src/content.config.ts), which Astro bundles into every build.
 */
export function frontmatterBody(text: string): string {
  const split = splitFrontmatter(text);
  return text.slice(split && !('unclosed' in split) ? split.bodyStart : 0).trim();
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}
