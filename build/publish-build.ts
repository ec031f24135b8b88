import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where a build is written before it becomes `dist/`: beside the project's
 * caches, on the same file system, so that publishing is two renames.
 */
export function stagingDirFor(root: string): string {
  return join(root, '.cache/build/dist');
}

/** Folders Astro works in inside its output; left behind only by a build that stopped. */
const WORK_FOLDERS = ['.prerender'];

/**
 * Replaces `dist/` with a finished build. Readers of `dist/` see the old site
 * or the new one, never a mix: the old folder is moved aside, the new one moved
 * in, and only then is the old one deleted. If the second move fails, the old
 * site is moved back.
 */
export function publishBuild(staging: string, dist: string): void {
  for (const folder of WORK_FOLDERS) rmSync(join(staging, folder), { recursive: true, force: true });
  const previous = join(dirname(staging), 'dist.previous');
  rmSync(previous, { recursive: true, force: true });
  const hadPrevious = existsSync(dist);
  if (hadPrevious) renameSync(dist, previous);
  try {
    renameSync(staging, dist);
  } catch (error) {
    if (hadPrevious) renameSync(previous, dist);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
