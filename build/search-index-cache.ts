import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';

/** What the search page is told about a bundle (src/lib/search/scope.ts), kept with it so a reused bundle needs no re-reading. */
export interface BundleSummary {
  episodes: number;
  records: number;
  /** Publication day of the oldest dated page in the bundle, or ''. */
  since: string;
  /** Publication day of the newest page in the bundle, or ''. */
  until: string;
}

interface KeptBundle {
  fingerprint: string;
  /** The indexing code and settings it was made with; a kept split counts only for the same. */
  code: string;
  summary: BundleSummary;
}

/**
 * Copies a folder as hard links: an index is thousands of small files that
 * nothing ever changes in place (Pagefind writes a new index beside the old),
 * so a link costs no bytes and a fraction of a copy's time. Node's cpSync has
 * no such mode. Falls back to copying across file systems.
 */
export function linkTree(from: string, to: string, skip: (path: string) => boolean = () => false): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (skip(source)) continue;
    if (entry.isDirectory()) linkTree(source, target, skip);
    else
      try {
        linkSync(source, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        copyFileSync(source, target);
      }
  }
}

const record = (cacheDir: string, bundle: string) => join(cacheDir, `${bundle}.json`);

/** A digest of the indexing code: its files' bytes. */
export function indexingCodeFingerprint(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * What one bundle's index depends on: the indexing code and every page it
 * holds (path and a digest of the records Pagefind is given for it, not of the
 * whole page: a related episode added below an old episode's article changes
 * its page but not its records). Pagefind has no incremental mode, so a bundle
 * whose fingerprint is unchanged is copied from the last build instead.
 */
export function bundleFingerprint(code: string, pages: readonly { file: string; digest: string }[]): string {
  const hash = createHash('sha256').update(code);
  for (const { file, digest } of pages) hash.update('\0').update(file).update('\0').update(digest);
  return hash.digest('hex');
}

/** A digest of the records cut from one page: what Pagefind reads of it. */
export function recordsDigest(records: readonly { url: string; html: string }[]): string {
  const hash = createHash('sha256');
  for (const { url, html } of records) hash.update(url).update('\0').update(html).update('\0');
  return hash.digest('base64url');
}

/** By page file: the digest of its bytes and of its records, as the last build found them, so unchanged pages need no parsing. */
export type RecordDigests = Record<string, [page: string, records: string]>;

const digestsFile = (cacheDir: string) => join(cacheDir, 'records.json');

export function readRecordDigests(cacheDir: string): RecordDigests {
  try {
    return JSON.parse(readFileSync(digestsFile(cacheDir), 'utf8')) as RecordDigests;
  } catch {
    return {};
  }
}

export function writeRecordDigests(cacheDir: string, digests: RecordDigests): void {
  writeFileAtomic(digestsFile(cacheDir), JSON.stringify(digests));
}

function readKept(cacheDir: string, bundle: string): KeptBundle | undefined {
  try {
    return JSON.parse(readFileSync(record(cacheDir, bundle), 'utf8')) as KeptBundle;
  } catch {
    return undefined;
  }
}

/** The summary of the bundle the last build made with the same code, whatever its pages; the older one's tells where the bundles were split. */
export function keptSummary(cacheDir: string, bundle: string, code: string): BundleSummary | undefined {
  const kept = readKept(cacheDir, bundle);
  return kept?.code === code ? kept.summary : undefined;
}

/** Whether the last build kept this bundle, made with the same code: only then is its fingerprint worth working out before indexing. */
export function isKept(cacheDir: string, bundle: string, code: string): boolean {
  return readKept(cacheDir, bundle)?.code === code && existsSync(join(cacheDir, bundle));
}

/** Copies the bundle kept from an earlier build into `outputDir` when it was made from the same fingerprint; its summary, or undefined. */
export function restoreBundle(cacheDir: string, bundle: string, fingerprint: string, outputDir: string): BundleSummary | undefined {
  const kept = readKept(cacheDir, bundle);
  const files = join(cacheDir, bundle);
  if (kept?.fingerprint !== fingerprint || !existsSync(files)) return undefined;
  rmSync(outputDir, { recursive: true, force: true });
  linkTree(files, outputDir);
  return kept.summary;
}

/**
 * Keeps a copy of a freshly written bundle for the next build, leaving out
 * `skip` (the older bundle's folder inside the newest one's). Its record is
 * written last, so a copy cut short is never taken for a complete one.
 */
export function keepBundle(cacheDir: string, bundle: string, kept: KeptBundle, outputDir: string, skip: readonly string[] = []): void {
  const files = join(cacheDir, bundle);
  const incoming = `${files}.${process.pid}.tmp`;
  forgetBundle(cacheDir, bundle);
  rmSync(incoming, { recursive: true, force: true });
  linkTree(outputDir, incoming, (source) => skip.some((name) => source === join(outputDir, name)));
  renameSync(incoming, files);
  writeFileAtomic(record(cacheDir, bundle), `${JSON.stringify(kept)}\n`);
}

/** Removes a kept bundle, so that a later build cannot take it for the current one. */
export function forgetBundle(cacheDir: string, bundle: string): void {
  rmSync(record(cacheDir, bundle), { force: true });
  rmSync(join(cacheDir, bundle), { recursive: true, force: true });
}

/** Removes every kept bundle but `current` (older parts the archive no longer has, bundles of an earlier layout): each is a folder of the cache, beside its record. */
export function forgetOtherBundles(cacheDir: string, current: readonly string[]): void {
  if (!existsSync(cacheDir)) return;
  for (const entry of readdirSync(cacheDir, { withFileTypes: true })) {
    if (entry.isDirectory() && !current.includes(entry.name)) forgetBundle(cacheDir, entry.name);
  }
}
