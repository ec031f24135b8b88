import type { z } from 'astro/zod';
import { episodeSlugFromFile } from './base/slug';
import type { ForeignResource } from './foreign-resources';
import { readFrontmatter } from './frontmatter';
import { episodePath } from './urls';
import { describeIssues } from './validation-message';

/**
 * The content check that runs before Astro: every content file against its
 * collection's schema, plus the rules that span files (two files for one
 * address, two episodes with one number). Astro would report the first kind
 * with Markdown markup and a stack trace, and silently drop one of two files
 * that share an address; here each problem is one line naming the files.
 */

export interface ContentFile {
  /** Relative to the project root, like `content/episodes/042-x.md`. */
  path: string;
  text: string;
}

export interface ValidEntry<T> {
  path: string;
  data: T;
}

export interface CollectionCheck<T> {
  entries: ValidEntry<T>[];
  problems: string[];
}

/** Frontmatter and schema of each file, and its text when `checkBody` is given; files with problems in their frontmatter are left out of `entries`. */
export function checkCollection<T>(
  files: readonly ContentFile[],
  schema: z.ZodType<T>,
  checkBody?: (path: string, body: string) => string[],
): CollectionCheck<T> {
  const entries: ValidEntry<T>[] = [];
  const problems: string[] = [];
  for (const { path, text } of files) {
    const frontmatter = readFrontmatter(text);
    if (!frontmatter.ok) {
      problems.push(`${path}:${frontmatter.line}: ${frontmatter.problem}`);
      continue;
    }
    if (checkBody) problems.push(...checkBody(path, frontmatter.body));
    const result = schema.safeParse(frontmatter.data);
    if (result.success) entries.push({ path, data: result.data });
    else problems.push(describeIssues(path, result.error.issues, frontmatter.data));
  }
  return { entries, problems };
}

/** File names that are no address, and addresses that two files claim (`x.md` beside `x.mdx`, or in two folders). */
export function episodeAddressProblems(paths: readonly string[]): string[] {
  const problems: string[] = [];
  const filesBySlug = new Map<string, string[]>();
  for (const path of paths) {
    try {
      const slug = episodeSlugFromFile(path);
      filesBySlug.set(slug, [...(filesBySlug.get(slug) ?? []), path]);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  for (const [slug, files] of filesBySlug) {
    if (files.length > 1) {
      problems.push(
        `${listFiles(files)}: ${files.length === 2 ? 'both' : 'all'} would be served at ${episodePath(slug)}; each episode needs a file name of its own, so rename or delete one of them`,
      );
    }
  }
  return problems;
}

export interface NumberedEpisode {
  type: 'full' | 'trailer' | 'bonus';
  episode?: number | undefined;
  season?: number | undefined;
}

/**
 * Two full episodes with one number in one season. Apps sort and label by
 * these numbers; bonus episodes may share the number of the episode they
 * belong to.
 */
export function duplicateNumberProblems(entries: readonly ValidEntry<NumberedEpisode>[]): string[] {
  const filesByNumber = new Map<string, { label: string; files: string[] }>();
  for (const { path, data } of entries) {
    if (data.type !== 'full' || data.episode === undefined) continue;
    const key = `${data.season ?? ''}:${data.episode}`;
    const label = data.season === undefined ? `episode ${data.episode}` : `episode ${data.episode} of season ${data.season}`;
    const group = filesByNumber.get(key) ?? { label, files: [] };
    group.files.push(path);
    filesByNumber.set(key, group);
  }
  return [...filesByNumber.values()]
    .filter(({ files }) => files.length > 1)
    .map(
      ({ label, files }) =>
        `${listFiles(files)}: ${files.length === 2 ? 'both' : 'all'} are ${label}; give each full episode a number of its own (episode: in the frontmatter)`,
    );
}

function listFiles(files: readonly string[]): string {
  const sorted = [...files].sort();
  return sorted.length === 2 ? `${sorted[0]} and ${sorted[1]}` : `${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}`;
}

const MEDIA_TAGS = new Set(['iframe', 'frame', 'embed', 'object', 'video', 'audio', 'track']);
const CODE_TAGS = new Set(['script', 'link', 'style']);

function hintFor({ tag }: ForeignResource): string {
  if (MEDIA_TAGS.has(tag)) return 'give a video in the video: field, which asks the visitor first, and link anything else';
  if (CODE_TAGS.has(tag)) return 'the site loads no scripts, style sheets or fonts from other sites; remove it';
  return 'save the image under public/images/ and write its path instead, like /images/foto.jpg';
}

/**
 * Resources in a file's text that a browser would fetch from another site as
 * soon as the page opens, before the visitor agreed to anything.
 */
export function foreignResourceProblems(path: string, resources: readonly ForeignResource[]): string[] {
  const seen = new Set<string>();
  return resources
    .filter(({ tag, url }) => !seen.has(`${tag} ${url}`) && Boolean(seen.add(`${tag} ${url}`)))
    .map(
      (resource) =>
        `${path}: <${resource.tag}> would load ${resource.url} from another site as soon as the page opens, before visitors agree to anything; ${hintFor(resource)}`,
    );
}
