import { berlinYear } from './base/dates';
import type { SiteSettings } from '../schemas/settings';

type Dated = { data: { published: Date } };

/**
 * "© 2024–2026 Oliver Hartmann": the years of the first and the newest episode,
 * so the feed and pages do not change with the day they are built.
 */
export function defaultCopyright(author: string, episodes: readonly Dated[]): string {
  if (episodes.length === 0) return `© ${author}`;
  const times = episodes.map((episode) => episode.data.published.getTime());
  const first = berlinYear(new Date(Math.min(...times)));
  const last = berlinYear(new Date(Math.max(...times)));
  return `© ${first === last ? first : `${first}–${last}`} ${author}`;
}

const defaultLines = new WeakMap<readonly Dated[], string>();

/**
 * The copyright line of the feed and of every page's footer: the settings'
 * line, or the default from the published episodes. Every page asks with the
 * same list, so the default is worked out once per list rather than once per
 * page, which made rendering quadratic in the number of episodes.
 */
export function copyrightLine(settings: Pick<SiteSettings, 'copyright' | 'author'>, episodes: readonly Dated[]): string {
  if (settings.copyright !== undefined) return settings.copyright;
  let line = defaultLines.get(episodes);
  if (line === undefined) {
    line = defaultCopyright(settings.author, episodes);
    defaultLines.set(episodes, line);
  }
  return line;
}
