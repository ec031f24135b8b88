import { describe, expect, it } from 'vitest';
import { socialMetaTags, type SocialPage } from '../../../src/lib/sharing/social-meta';

const page: SocialPage = {
  title: 'Vertraust du deiner IT? – Klartext IT',
  description: 'Über Vertrauen & Kennzahlen.',
  url: 'https://klartext-it.example.de/folgen/004/',
  siteName: 'Klartext IT',
  language: 'de',
  image: { url: 'https://klartext-it.example.de/og/004.png', width: 1200, height: 630, alt: 'Folge 4: Vertraust du deiner IT?' },
};

const asRecord = (tags: ReturnType<typeof socialMetaTags>) => Object.fromEntries(tags.map((tag) => [tag.key, tag.content]));

describe('social preview tags', () => {
  it('give messengers title, text, address and a large image with its size', () => {
    expect(asRecord(socialMetaTags(page))).toMatchObject({
      'og:type': 'website',
      'og:locale': 'de_DE',
      'og:title': page.title,
      'og:description': page.description,
      'og:url': page.url,
      'og:image': page.image.url,
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': page.image.alt,
      'twitter:card': 'summary_large_image',
      'twitter:image': page.image.url,
    });
  });

  it('episodes are articles with a publication time and their audio', () => {
    const tags = asRecord(
      socialMetaTags({
        ...page,
        type: 'article',
        published: new Date('2024-09-15T22:00:00Z'),
        audio: { url: 'https://x/a.mp3', type: 'audio/mpeg' },
      }),
    );
    expect(tags).toMatchObject({
      'og:type': 'article',
      'article:published_time': '2024-09-15T22:00:00.000Z',
      'og:audio': 'https://x/a.mp3',
      'og:audio:type': 'audio/mpeg',
    });
  });

  it('other pages carry no audio or publication time', () => {
    const keys = socialMetaTags(page).map((tag) => tag.key);
    expect(keys).not.toContain('og:audio');
    expect(keys).not.toContain('article:published_time');
  });

  it('Open Graph uses property=, Twitter uses name=, as each spec asks', () => {
    for (const tag of socialMetaTags(page)) expect(tag.attribute).toBe(tag.key.startsWith('twitter:') ? 'name' : 'property');
  });

  it('an English site announces en_GB', () => {
    expect(asRecord(socialMetaTags({ ...page, language: 'en' }))['og:locale']).toBe('en_GB');
  });
});
