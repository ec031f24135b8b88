import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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
 * The build step: reads every page of the staged site (served at `site`), writes `_headers`
 * beside them and returns what the podcaster should know (Cloudflare's limits).
 * Rules that would set one header twice for a file are a mistake in
 * build/headers/rules.ts and stop the build.
 */
export function writeHeaders(dist: string, site: string): { rules: number; warnings: string[] } {
  const addresses = siteAddresses(dist);
  const pages = new Map<string, PageNeeds>();
  for (const [address, file] of addresses) {
    if (file.endsWith('.html')) pages.set(address, pageNeeds(readFileSync(join(dist, file), 'utf8'), file));
  }
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
