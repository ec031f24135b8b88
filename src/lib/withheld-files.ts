/**
 * Files under public/ that belong only to unpublished episodes (drafts, future
 * dates). Astro copies all of public/ into dist/, which would let anyone fetch a
 * draft's audio before its release; the build removes these files afterwards.
 * A process-wide registry, because pages and integration hooks run in the same
 * build process but in different module graphs.
 */
const REGISTRY = Symbol.for('podcast-site.withheld-public-files');

type Registry = { withheld: Set<string>; used: Set<string> };

function registry(): Registry {
  const store = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (store[REGISTRY] ??= { withheld: new Set(), used: new Set() });
}

export function withholdPublicFiles(paths: Iterable<string>, usedByPublished: Iterable<string>): void {
  for (const path of paths) registry().withheld.add(path);
  for (const path of usedByPublished) registry().used.add(path);
}

/** Public paths (like `/audio/009-ausblick.mp3`) that no published episode uses. */
export function withheldPublicFiles(): string[] {
  const { withheld, used } = registry();
  return [...withheld].filter((path) => !used.has(path)).sort();
}
