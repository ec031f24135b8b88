import { settingsSchema, type SiteSettings } from '../../src/schemas/settings';
import type { FeedEpisode, FeedLabels } from '../../src/lib/feed/feed-input';

/** Settings and episodes for feed tests, shaped like what the site passes in. */

export const labels: FeedLabels = {
  chapters: 'Kapitel',
  links: 'Weiterführende Links',
  transcript: 'Zum Transkript',
};

export function sampleSettings(overrides: Partial<Record<keyof SiteSettings, unknown>> = {}): SiteSettings {
  return settingsSchema.parse({
    title: 'Klartext IT',
    description: 'Ein Podcast über IT und Fachbereich.',
    site: 'https://podcast.example.de',
    author: 'Oliver Hartmann',
    owner: { name: 'Oliver Hartmann', email: 'podcast@example.de' },
    host: { name: 'Oliver Hartmann', role: 'host' },
    artwork: '/artwork.jpg',
    categories: ['Business > Management', 'Technology'],
    ...overrides,
  });
}

export function sampleEpisode(
  number: number,
  overrides: Partial<FeedEpisode['data']> = {},
  audio: Partial<FeedEpisode['audio']> = {},
): FeedEpisode {
  const slug = `${String(number).padStart(3, '0')}-folge`;
  return {
    slug,
    file: `content/episodes/${slug}.md`,
    data: {
      title: `Folge ${number}`,
      summary: `Worum es in Folge ${number} geht.`,
      published: new Date(Date.UTC(2020, 0, 1) + number * 7 * 86_400_000),
      episode: number,
      season: 1,
      type: 'full',
      explicit: false,
      links: [],
      guests: [],
      ...overrides,
    },
    audio: { url: `/audio/${slug}.mp3`, bytes: 1_000_000 + number, type: 'audio/mpeg', duration: 1800 + number, ...audio },
    chapters: [],
  };
}

/** `count` episodes, newest first, as `getPublishedEpisodes()` returns them. */
export const sampleEpisodes = (count: number) => Array.from({ length: count }, (_, index) => sampleEpisode(count - index));
