import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkCollection,
  duplicateNumberProblems,
  episodeAddressProblems,
  foreignResourceProblems,
  type ContentFile,
  type ValidEntry,
} from '../src/lib/content-check.ts';
import { foreignResourcesInMarkdown } from '../src/lib/markdown/foreign-resources.ts';
import { contentFilePaths, contentSources, type ContentSource } from '../src/lib/content-sources.ts';
import { loadSettings } from '../src/lib/settings.ts';
import { collectionSchemas } from '../src/schemas/collections.ts';
import type { EpisodeData } from '../src/schemas/episode.ts';
import type { z } from 'astro/zod';

/** The files a collection's loader reads, with their text. */
export function contentFiles(root: string, source: ContentSource): ContentFile[] {
  return contentFilePaths(root, source).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

export interface ContentCheck {
  /** Everything the build would refuse, one line per problem; empty when the content is fine. */
  problems: string[];
  /** Every episode file whose frontmatter is valid, drafts and future episodes included. */
  episodes: ValidEntry<EpisodeData>[];
}

/** Checks content/ and the settings before Astro starts. */
export function checkContent(root: string = process.cwd()): ContentCheck {
  const problems: string[] = [];
  let siteOrigin = 'https://site.invalid';
  try {
    siteOrigin = new URL(loadSettings(root).site).origin;
  } catch (error) {
    problems.push((error as Error).message.replace(/^Invalid podcast settings:\n/, ''));
  }
  const checkBody = (path: string, body: string) =>
    foreignResourceProblems(path, foreignResourcesInMarkdown(body, path.endsWith('.mdx') ? 'mdx' : 'md', siteOrigin));
  const check = <T>(source: ContentSource, schema: z.ZodType<T>) => {
    const files = contentFiles(root, source);
    const { entries, problems: found } = checkCollection(files, schema, checkBody);
    problems.push(...found);
    return { files, entries };
  };
  const episodes = check(contentSources.episodes, collectionSchemas.episodes);
  problems.push(...episodeAddressProblems(episodes.files.map(({ path }) => path)));
  problems.push(...duplicateNumberProblems(episodes.entries));
  for (const name of Object.keys(contentSources) as (keyof typeof contentSources)[]) {
    if (name !== 'episodes') check(contentSources[name], collectionSchemas[name] as z.ZodType);
  }
  return { problems, episodes: episodes.entries };
}
