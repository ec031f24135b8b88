import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CLOUDFLARE_MAX_LINE,
  CLOUDFLARE_MAX_RULES,
  HEADERS_FILE,
  overlappingHeaders,
  serializeHeaderRules,
} from './headers/headers-file.ts';
import { pageNeeds, type PageNeeds } from './headers/page-needs.ts';
import { headerRules } from './headers/rules.ts';
import { urlForFile } from './site-pages.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { fileFacts } from './file-facts.ts';

/** Every file of a built site by the address browsers request it under. */
export function siteAddresses(dist: string): Map<string, string> {
  const addresses = new Map<string, string>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (file === HEADERS_FILE) continue;
    addresses.set(encodeURI(urlForFile(file)), file);
  }
  return addresses;
}

/**
 * What each page needs, by a digest of its bytes: parsing 1,000 episode pages
 * costs seconds, and an incremental build leaves almost all of them as they
 * were; a page that is the very file of the last build is not even read
 * (build/file-facts.ts). The file keeps only the pages of the last build, so it cannot grow.
 */
function readPageNeeds(dist: string, addresses: Map<string, string>, cacheFile: string | undefined): Map<string, PageNeeds> {
  let kept: Record<string, PageNeeds> = {};
  try {
    if (cacheFile) kept = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, PageNeeds>;
  } catch {
    // No file yet, or one cut short: every page is read anew.
  }
  const next: Record<string, PageNeeds> = {};
  const pages = new Map<string, PageNeeds>();
  // A change to the reading code or to the parser it uses makes every kept reading stale.
  const parser = join(dirname(dirname(fileURLToPath(import.meta.resolve('parse5')))), 'package.json');
  const code = Buffer.concat([fileURLToPath(import.meta.resolve('./headers/page-needs.ts')), parser].map((file) => readFileSync(file)));
  const files = fileFacts<object>(cacheFile && join(dirname(cacheFile), 'page-files.json'), 'sha256');
  for (const [address, file] of addresses) {
    if (!file.endsWith('.html')) continue;
    const { sha } = files.of(dist, file, () => ({}));
    const digest = createHash('sha256').update(code).update(file).update('\0').update(sha).digest('base64url');
    const needs = kept[digest] ?? pageNeeds(readFileSync(join(dist, file), 'utf8'), file);
    next[digest] = needs;
    pages.set(address, needs);
  }
  files.save();
  if (cacheFile) writeFileAtomic(cacheFile, JSON.stringify(next));
  return pages;
}

/**
 * The build step: reads every page of the staged site (served at `site`), writes `_headers`
 * beside them and returns what the podcaster should know (Cloudflare's limits).
 * Rules that would set one header twice for a file are a mistake in
 * build/headers/rules.ts and stop the build. With `cacheFile`, a page read by
 * the last build with the same bytes is not parsed again.
 */
export function writeHeaders(dist: string, site: string, cacheFile?: string): { rules: number; warnings: string[] } {
  const addresses = siteAddresses(dist);
  const pages = readPageNeeds(dist, addresses, cacheFile);
  const rules = headerRules({ site, files: [...addresses.keys()], pages });
  const overlaps = overlappingHeaders(rules, [...addresses.keys()]);
  if (overlaps.length) throw new Error(`header rules overlap (fix build/headers/rules.ts):\n${overlaps.join('\n')}`);
  const text = serializeHeaderRules(rules);
  writeFileSync(join(dist, HEADERS_FILE), text);
  const warnings: string[] = [];
  if (rules.length > CLOUDFLARE_MAX_RULES)
    warnings.push(`${HEADERS_FILE} has ${rules.length} rules; Cloudflare Pages reads only the first ${CLOUDFLARE_MAX_RULES}`);
  for (const line of text.split('\n')) {
    if (line.length > CLOUDFLARE_MAX_LINE)
      warnings.push(
        `${HEADERS_FILE}: a line of ${line.length} characters; Cloudflare Pages ignores lines over ${CLOUDFLARE_MAX_LINE}: ${line.slice(0, 80)}…`,
      );
  }
  return { rules: rules.length, warnings };
}
