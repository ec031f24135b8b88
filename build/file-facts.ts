import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';

/** What a build step learned from a file's bytes, with the SHA-256 of those bytes. */
export type Facts<T> = T & { sha: string };

type Identity = [ino: number, size: number, mtimeMs: number];

interface KeptFacts<T> {
  code: string;
  files: Record<string, [Identity, Facts<T>]>;
}

/**
 * Facts about the files of a built site, remembered by each file's inode, size
 * and modification time. Astro hands back an unchanged page as a hard link to
 * its cache (patches/astro+7.3.5.patch), the same inode with the same time as
 * in the last build, so a step that must know every page (search, headers)
 * reads only the pages that were rendered anew instead of 200 MB of HTML.
 * `code` names the code that derives the facts; when it changes, nothing kept
 * is trusted. Kept facts cover only the files of the last build, so the cache
 * file cannot grow.
 */
export function fileFacts<T extends object>(cacheFile: string | undefined, code: string) {
  let kept: KeptFacts<T>['files'] = {};
  try {
    const stored = cacheFile ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as KeptFacts<T>) : undefined;
    if (stored?.code === code) kept = stored.files;
  } catch {
    // No file yet, or one cut short: every file is read anew.
  }
  const next: KeptFacts<T>['files'] = {};
  return {
    /** The facts of `file` (a path in `dir`), and its size: kept when the file is the one read last time, else `read` from its bytes. */
    of(dir: string, file: string, read: (bytes: Buffer) => T): Facts<T> & { size: number } {
      const path = join(dir, file);
      const { ino, size, mtimeMs } = statSync(path);
      const identity: Identity = [ino, size, mtimeMs];
      const known = kept[file];
      if (known && known[0].every((value, index) => value === identity[index])) {
        next[file] = known;
        return { ...known[1], size };
      }
      const bytes = readFileSync(path);
      const facts = { ...read(bytes), sha: createHash('sha256').update(bytes).digest('base64url') };
      next[file] = [identity, facts];
      return { ...facts, size };
    },
    save(): void {
      if (cacheFile) writeFileAtomic(cacheFile, JSON.stringify({ code, files: next } satisfies KeptFacts<T>));
    },
  };
}
