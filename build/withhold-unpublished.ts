import { rmSync } from 'node:fs';
import { fileInFolder } from '../src/lib/base/public-path.ts';
import { isPublished } from '../src/lib/published.ts';
import type { EpisodeData } from '../src/schemas/episode.ts';

/** What this step reads of an episode: when it is published and which public files it names. */
export type EpisodeFiles = Pick<EpisodeData, 'draft' | 'published' | 'image'> & { audio: Pick<EpisodeData['audio'], 'url'> };

const localFiles = (episodes: readonly EpisodeFiles[]) =>
  episodes.flatMap(({ audio, image }) => [audio.url, image ?? ''].filter((url) => url.startsWith('/')));

/** Public paths (like `/audio/009-ausblick.mp3`) that only unpublished episodes use, never one a published episode shares. */
export function withheldPublicFiles(episodes: readonly EpisodeFiles[], now: Date): string[] {
  const used = new Set(localFiles(episodes.filter((episode) => isPublished(episode, now))));
  return [...new Set(localFiles(episodes.filter((episode) => !isPublished(episode, now))))].filter((path) => !used.has(path)).sort();
}

/**
 * Astro copies all of public/ into the build, which would let anyone fetch a
 * draft's audio before its release; this step removes the files only
 * unpublished episodes use. It runs after Astro, so an episode whose time came
 * while the pages were rendered keeps its files. Each path is resolved inside
 * the build folder first, so no path in content, however it is written, can
 * make the build delete anything else. Returns the paths it removed.
 */
export function withholdUnpublished(buildDir: string, episodes: readonly EpisodeFiles[], now: Date = new Date()): string[] {
  const files = withheldPublicFiles(episodes, now);
  for (const path of files) rmSync(fileInFolder(buildDir, path), { force: true });
  return files;
}
