/**
 * Whether a build would only write the `dist/` that is already there: the same
 * content, settings, code, dependencies and public files as the last published
 * build, no scheduled episode whose time has come, and `dist/` untouched since.
 * Then `npm run build` stops at once instead of starting Astro, as make or
 * Hugo's server would; anything else, or `--force`, builds as usual.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import { isPublished, type Publishable } from '../src/lib/published.ts';

/** Everything a build reads from the project, besides node_modules (its lock file stands for it) and the caches. */
const INPUT_PATHS = [
  'content',
  'public',
  'src',
  'build',
  'patches',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
];
/** Files Astro loads into `import.meta.env`. */
const ENV_FILE = /^\.env(\..+)?$/;
/** Audio and images can be gigabytes: they count by size and modification time, like make; text counts by its bytes. */
const BY_BYTES = /^(content|src|build|patches)\//;

export const LAST_BUILD_FILE = '.cache/last-build.json';

interface LastBuild {
  inputs: string;
  dist: string;
  /** The first scheduled (future, not draft) episode's publication time, when the site changes without an edit. */
  nextScheduled: string | null;
}

function addTree(hash: Hash, root: string, path: string): void {
  const full = join(root, path);
  if (!existsSync(full)) return;
  const stats = lstatSync(full);
  if (stats.isDirectory()) {
    for (const name of readdirSync(full).sort()) addTree(hash, root, `${path}/${name}`);
    return;
  }
  hash.update(`${path}\0`);
  if (stats.isSymbolicLink() || !BY_BYTES.test(path)) hash.update(`${stats.size}:${stats.mtimeMs}\0`);
  else hash.update(readFileSync(full)).update('\0');
}

/** A digest of every input of a build at `root`, and of the Node.js running it. */
export function inputsDigest(root: string): string {
  const hash = createHash('sha256').update(`${process.version}\0`);
  const envFiles = readdirSync(root).filter((name) => ENV_FILE.test(name));
  for (const path of [...INPUT_PATHS, ...envFiles.sort()]) addTree(hash, root, path);
  return hash.digest('base64url');
}

/** A digest of what `dist/` holds now: every file's path, size and modification time. */
export function distDigest(dist: string): string {
  const hash = createHash('sha256');
  if (!existsSync(dist)) return '';
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true }).sort((a, b) =>
    join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)),
  )) {
    if (entry.isDirectory()) continue;
    const path = join(entry.parentPath, entry.name);
    const { size, mtimeMs } = statSync(path);
    hash.update(`${path.slice(dist.length)}\0${size}:${mtimeMs}\0`);
  }
  return hash.digest('base64url');
}

function readLastBuild(root: string): LastBuild | undefined {
  try {
    return JSON.parse(readFileSync(join(root, LAST_BUILD_FILE), 'utf8')) as LastBuild;
  } catch {
    return undefined;
  }
}

/** True when the last published build saw exactly these inputs and `dist/` is still what it wrote. */
export function isUnchanged(root: string, dist: string, inputs: string, now: Date = new Date()): boolean {
  const last = readLastBuild(root);
  if (!last || last.inputs !== inputs || !last.dist) return false;
  if (last.nextScheduled !== null && new Date(last.nextScheduled).getTime() <= now.getTime()) return false;
  return distDigest(dist) === last.dist;
}

/** The earliest publication time after `now` among episodes that are not drafts, as an ISO string, or null. */
export function nextScheduled(episodes: readonly Publishable[], now: Date = new Date()): string | null {
  const upcoming = episodes.filter((episode) => !episode.draft && !isPublished(episode, now)).map(({ published }) => published.getTime());
  return upcoming.length ? new Date(Math.min(...upcoming)).toISOString() : null;
}

/** Remembers a published build; called only after `dist/` was replaced. */
export function recordBuild(root: string, dist: string, inputs: string, scheduled: string | null): void {
  const record: LastBuild = { inputs, dist: distDigest(dist), nextScheduled: scheduled };
  writeFileAtomic(join(root, LAST_BUILD_FILE), `${JSON.stringify(record)}\n`);
}
