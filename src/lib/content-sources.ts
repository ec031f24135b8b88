import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where each content collection's files live. The content config builds its
 * loaders from this, and the content check before the build reads the same
 * files, so both always agree on what belongs to the site.
 */
export interface ContentSource {
  /** Folder relative to the project root. */
  base: string;
  /** Whether files in sub-folders belong to the collection too. */
  nested: boolean;
  extensions: readonly ('md' | 'mdx')[];
}

export const contentSources = {
  episodes: { base: 'content/episodes', nested: true, extensions: ['md', 'mdx'] },
  packages: { base: 'content/packages', nested: false, extensions: ['md'] },
  legal: { base: 'content/legal', nested: false, extensions: ['md'] },
  testimonials: { base: 'content/testimonials', nested: true, extensions: ['md'] },
} as const satisfies Record<string, ContentSource>;

/** The glob pattern for Astro's `glob()` loader, like `**\/*.{md,mdx}`. */
export function globPattern({ nested, extensions }: ContentSource): string {
  const names = extensions.length === 1 ? `*.${extensions[0]}` : `*.{${extensions.join(',')}}`;
  return nested ? `**/${names}` : names;
}

/**
 * The files a collection's loader reads, as paths from the project root, sorted:
 * hidden files and folders (starting with ".") are not content, as for Astro's glob.
 * A missing folder holds none.
 */
export function contentFilePaths(root: string, source: ContentSource): string[] {
  const dir = join(root, source.base);
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir, { recursive: source.nested, encoding: 'utf8' });
  return names
    .map((name) => name.split('\\').join('/'))
    .filter((name) => !name.split('/').some((part) => part.startsWith('.')))
    .filter((name) => source.extensions.some((extension) => name.endsWith(`.${extension}`)))
    .sort()
    .map((name) => `${source.base}/${name}`);
}
