import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPages } from './site-pages.ts';

const FINGERPRINT_FILE = 'fingerprint';

/**
 * What Pagefind's output depends on: every HTML file it reads (path and bytes)
 * and the code that runs it. Pagefind has no incremental mode, so an unchanged
 * fingerprint is the only way a rebuild can skip its seconds of indexing.
 */
export function searchInputFingerprint(site: string, codeFiles: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of codeFiles) hash.update(readFileSync(file)).update('\0');
  for (const { file } of listPages(site))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(site, file)))
      .update('\0');
  return hash.digest('hex');
}

/** Copies the index kept from an earlier build into `outputDir` when it was made from the same fingerprint. */
export function restoreSearchIndex(cacheDir: string, fingerprint: string, outputDir: string): boolean {
  const kept = join(cacheDir, 'pagefind');
  const fingerprintFile = join(cacheDir, FINGERPRINT_FILE);
  if (!existsSync(fingerprintFile) || !existsSync(kept) || readFileSync(fingerprintFile, 'utf8') !== fingerprint) return false;
  rmSync(outputDir, { recursive: true, force: true });
  cpSync(kept, outputDir, { recursive: true });
  return true;
}

/**
 * Keeps a copy of a freshly written index for the next build. The fingerprint
 * is written last, so a copy cut short is never taken for a complete one.
 */
export function storeSearchIndex(cacheDir: string, fingerprint: string, outputDir: string): void {
  const kept = join(cacheDir, 'pagefind');
  const incoming = join(cacheDir, `pagefind.${process.pid}.tmp`);
  rmSync(join(cacheDir, FINGERPRINT_FILE), { force: true });
  rmSync(incoming, { recursive: true, force: true });
  cpSync(outputDir, incoming, { recursive: true });
  rmSync(kept, { recursive: true, force: true });
  renameSync(incoming, kept);
  writeFileSync(join(cacheDir, FINGERPRINT_FILE), fingerprint);
}
