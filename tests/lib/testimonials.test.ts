import { describe, expect, it, vi } from 'vitest';
import { selectTestimonials, type TestimonialSource } from '../../src/lib/testimonials';

// The module also reads the collections, through a virtual module that only exists inside Astro.
vi.mock('astro:content', () => ({}));

const source = (file: string, data: Partial<TestimonialSource['data']> & { name: string }): TestimonialSource => ({
  file: `content/testimonials/${file}.md`,
  data: { quote: `Zitat von ${data.name}`, ...data },
});

const sources = [
  source('jana', { name: 'Jana', date: new Date('2024-10-02') }),
  source('mehmet', { name: 'Mehmet', episode: '004-vertrauen', date: new Date('2024-09-30') }),
  source('tobias', { name: 'Tobias', role: 'Entwickler', date: new Date('2025-03-04') }),
  source('lea', { name: 'Lea', episode: '008-entwurf', date: new Date('2026-01-01') }),
];
const allEpisodeSlugs = new Set(['004-vertrauen', '008-entwurf']);
const published = new Map([['004-vertrauen', 'Vertraust du deiner IT?']]);

describe('testimonials', () => {
  it('the home page shows the newest quotes first, with the episode they are about', () => {
    const shown = selectTestimonials(sources, { allEpisodeSlugs, published, limit: 3 });
    expect(shown.map(({ name }) => name)).toEqual(['Tobias', 'Jana', 'Mehmet']);
    expect(shown[2]!.episode).toEqual({ title: 'Vertraust du deiner IT?', path: '/folgen/004-vertrauen/' });
    expect(shown[0]).toMatchObject({ role: 'Entwickler', quote: 'Zitat von Tobias', episode: undefined });
  });

  it('an episode page puts the quotes about that episode first', () => {
    const shown = selectTestimonials(sources, { allEpisodeSlugs, published, episodeSlug: '004-vertrauen', limit: 2 });
    expect(shown.map(({ name }) => name)).toEqual(['Mehmet', 'Tobias']);
  });

  it('a quote about an unpublished episode waits, so nothing links to a draft', () => {
    const shown = selectTestimonials(sources, { allEpisodeSlugs, published, limit: 10 });
    expect(shown.map(({ name }) => name)).not.toContain('Lea');
  });

  it('a quote naming an episode that does not exist stops the build, naming file and field', () => {
    expect(() =>
      selectTestimonials([source('tippfehler', { name: 'Ole', episode: '004-vertraun' })], { allEpisodeSlugs, published, limit: 3 }),
    ).toThrow(
      'content/testimonials/tippfehler.md: episode: there is no episode "004-vertraun"; expected the file name of an episode without .md',
    );
  });

  it('no quotes means nothing to show', () => {
    expect(selectTestimonials([], { allEpisodeSlugs, published, limit: 3 })).toEqual([]);
  });
});
