import { isSlug } from './slug';

/**
 * The file name is the URL: `content/episodes/042-vertrauen.mdx` is served at
 * `/folgen/042-vertrauen/`. Only lowercase ASCII keeps the URL the same everywhere.
 */
export function episodeSlugFromFile(file: string): string {
  const name = file.split('/').pop() ?? file;
  const slug = name.replace(/\.mdx?$/, '');
  if (!isSlug(slug)) {
    throw new Error(
      `${file}: the file name is the episode's URL and must be lowercase letters, digits and hyphens (like 042-vertraust-du-deiner-it.mdx); rename it.`,
    );
  }
  return slug;
}
