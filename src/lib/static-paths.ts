import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { digestOf } from './cache-digest';
import { publicFile } from './base/public-path';
import { getSettings } from './settings';
import { copyrightLine } from './copyright';
import { getPublishedEpisodes } from './episodes';

let siteInputs: Promise<string> | undefined;

/** The podcast artwork's bytes: share images are drawn from the file, which can change under the same name. */
function artworkBytes(artwork: string): string {
  const file = publicFile(artwork);
  return existsSync(file) ? digestOf(readFileSync(file).toString('base64')) : artwork;
}

/**
 * What every page may show besides its own props: settings, artwork, the
 * copyright line, testimonials with the title of the episode each names, and
 * packages. Deliberately not the list of episodes: a new episode must not
 * change the key of every page, only of the pages that show it.
 */
function siteInputsDigest(): Promise<string> {
  siteInputs ??= Promise.all([
    getPublishedEpisodes(),
    getCollection('testimonials'),
    getCollection('packages'),
    getCollection('episodes'),
  ]).then(([published, testimonials, packages, allEpisodes]) => {
    const titles = new Map(published.map(({ slug, data }) => [slug, data.title]));
    const allSlugs = new Set(allEpisodes.map(({ id }) => id));
    // A quote shows its episode's title once that episode is published, and stops the build when the episode is gone.
    const namedEpisodes = testimonials.flatMap(({ data }) =>
      data.episode === undefined ? [] : [[data.episode, titles.get(data.episode) ?? (allSlugs.has(data.episode) ? 'draft' : 'missing')]],
    );
    return digestOf(
      getSettings(),
      artworkBytes(getSettings().artwork),
      copyrightLine(getSettings(), published),
      testimonials,
      namedEpisodes,
      packages,
    );
  });
  return siteInputs;
}

/**
 * The `cacheKey` for a page from `getStaticPaths()`. With Astro's incremental
 * build, a page whose code, rendered content entries and key are unchanged is
 * copied from the last build instead of rendered again. Astro tracks the code;
 * the key covers the data: the page's props and the site-wide inputs above,
 * which pages read from settings.yaml and collections rather than from props.
 * @see https://docs.astro.build/en/reference/experimental-flags/incremental-build/
 */
export async function pageCacheKey(props: unknown): Promise<string> {
  return digestOf(await siteInputsDigest(), props);
}

/**
 * Static paths with their `cacheKey`. `keyData` picks what the key covers
 * when a prop is itself derived from another (a parsed transcript from its entry).
 */
export function withCacheKeys<Path extends { props: unknown }>(
  paths: Path[],
  keyData: (props: Path['props']) => unknown = (props) => props,
): Promise<(Path & { cacheKey: string })[]> {
  return Promise.all(paths.map(async (path) => ({ ...path, cacheKey: await pageCacheKey(keyData(path.props)) })));
}

/**
 * The one path of a page built only when it has something to show (a rest
 * route like `[...index].astro`, whose `index` is left out of the address),
 * keyed for incremental builds; no path at all for `undefined`.
 */
export function pathWhen<Props>(props: Props | undefined) {
  return withCacheKeys(props === undefined ? [] : [{ params: { index: undefined }, props }]);
}

/** One static path per published episode with the episode as its only prop, keyed for incremental builds. */
export async function episodePaths() {
  return withCacheKeys((await getPublishedEpisodes()).map((episode) => ({ params: { slug: episode.slug }, props: { episode } })));
}
