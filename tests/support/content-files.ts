import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface EpisodeFile {
  slug: string;
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** The episode files as a podcaster wrote them, read without the site's code. */
export function readEpisodeFiles(dir = 'content/episodes'): EpisodeFile[] {
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${name} has no frontmatter`);
      return {
        slug: name.replace(/\.mdx?$/, ''),
        file: join(dir, name),
        frontmatter: parse(match[1]!) as Record<string, unknown>,
        body: match[2]!,
      };
    });
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
