import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translate';
import { episodeSeo } from '../../../src/lib/sharing/episode-seo';

const t = createTranslator('de');
const settings = {
  title: 'Klartext IT',
  description: 'Ein Podcast.',
  site: 'https://klartext-it.example.de',
  artwork: '/artwork.jpg',
  language: 'de' as const,
  author: 'Oliver Hartmann',
  host: { name: 'Oliver Hartmann' },
};
const episode = {
  slug: '004-vertraust-du-deiner-it',
  audio: { url: '/audio/004.mp3', bytes: 10, type: 'audio/mpeg', duration: 600, isLocal: true },
  data: {
    title: 'Vertraust du deiner IT?',
    summary: 'S',
    published: new Date('2024-09-15T22:00:00Z'),
    episode: 4,
    season: 1,
    topics: [],
    guests: [],
    type: 'full' as const,
  },
};

describe('episode page metadata', () => {
  it('points the preview at the episode share image, described by number and title', () => {
    const seo = episodeSeo(episode, settings, { headings: [], chapterStarts: undefined }, t);
    expect(seo.url).toBe('https://klartext-it.example.de/folgen/004-vertraust-du-deiner-it/');
    expect(seo.image).toEqual({ path: '/og/004-vertraust-du-deiner-it.png', alt: 'Folge 4 · Staffel 1: Vertraust du deiner IT?' });
    expect(seo.audio).toEqual({ url: 'https://klartext-it.example.de/audio/004.mp3', type: 'audio/mpeg' });
    expect(seo.jsonLd!.map((node) => node['@type'])).toEqual(['PodcastEpisode', 'BreadcrumbList']);
  });

  it('timed chapter headings become parts of the episode', () => {
    const seo = episodeSeo(episode, settings, { headings: [{ depth: 2, slug: 'start', text: 'Start' }], chapterStarts: { start: 5 } }, t);
    expect(seo.jsonLd![0]!.hasPart).toEqual([expect.objectContaining({ '@type': 'Clip', startOffset: 5, endOffset: 600 })]);
  });
});
