import { defaultCopyright } from './copyright';
import { getPublishedEpisodes } from './episodes';
import { getSettings } from './settings';

let copyright: Promise<string> | undefined;

/** The footer's copyright line, worked out once per build rather than on every page. */
export function getSiteCopyright(): Promise<string> {
  copyright ??= getPublishedEpisodes().then((episodes) => getSettings().copyright ?? defaultCopyright(getSettings().author, episodes));
  return copyright;
}
