import { createHash } from 'node:crypto';
import { Document, isMap, isScalar, parse } from 'yaml';

/**
 * Episode files as text: YAML frontmatter between `---` lines, then Markdown.
 * The importer records a hash of what it wrote, so a later run can tell an
 * untouched file (safe to refresh) from one edited by hand (left alone).
 */

export interface EpisodeText {
  frontmatter: Record<string, unknown>;
  body: string;
}

export interface ImportRecord {
  source: string;
  hash: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits an episode file; `undefined` when it has no readable frontmatter. */
export function parseEpisodeText(text: string): EpisodeText | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  try {
    const frontmatter = parse(match[1]!) as unknown;
    if (!frontmatter || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) return undefined;
    return { frontmatter: frontmatter as Record<string, unknown>, body: match[2]!.trim() };
  } catch {
    return undefined;
  }
}

function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * Hash of an episode's content, independent of YAML layout and comments:
 * adding a comment is not an edit, changing a value or the notes is.
 */
export function contentHash({ frontmatter, body }: EpisodeText): string {
  const { imported: _record, ...fields } = frontmatter;
  return createHash('sha256')
    .update(JSON.stringify([canonical(fields), body.trim()]))
    .digest('hex')
    .slice(0, 16);
}

/** The import record of a file, if the importer wrote it. */
export function importRecordOf(frontmatter: Record<string, unknown>): ImportRecord | undefined {
  const record = frontmatter.imported as Partial<ImportRecord> | undefined;
  return typeof record?.source === 'string' && typeof record.hash === 'string' ? { source: record.source, hash: record.hash } : undefined;
}

export function isEditedByHand(text: EpisodeText): boolean {
  const record = importRecordOf(text.frontmatter);
  return !record || record.hash !== contentHash(text);
}

export interface RenderOptions {
  /** Comment lines shown above a top-level key, such as a TODO on `audio`. */
  commentsBefore?: Record<string, string[]>;
  /** Comment at the top of the frontmatter. */
  header?: string[];
}

/**
 * Writes an episode file with the `yaml` library (never by string concatenation),
 * quoting every string so a guid like `00123` stays text.
 */
export function renderEpisodeText({ frontmatter, body }: EpisodeText, options: RenderOptions = {}): string {
  const doc = new Document(frontmatter);
  if (options.header?.length) doc.commentBefore = options.header.map((line) => ` ${line}`).join('\n');
  for (const [key, lines] of Object.entries(options.commentsBefore ?? {})) {
    const pair = isMap(doc.contents) ? doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
    if (!pair || !isScalar(pair.key)) continue;
    pair.key.commentBefore = lines.map((line) => ` ${line}`).join('\n');
  }
  const yaml = doc.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `---\n${yaml.trimEnd()}\n---\n${body.trim() ? `\n${body.trim()}\n` : ''}`;
}
