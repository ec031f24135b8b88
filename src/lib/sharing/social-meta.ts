import type { JsonLdNode } from './structured-data';

/**
 * Open Graph and Twitter card tags: what messengers and networks show for a
 * shared link (title, text, 1200×630 image).
 * @see https://ogp.me/
 * @see https://developer.x.com/en/docs/x-for-websites/cards/overview/markup
 */

export interface SocialPage {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  siteName: string;
  /** `de` or `en`; becomes og:locale. */
  language: string;
  image: { url: string; width: number; height: number; alt: string };
  type?: 'website' | 'article';
  /** For episodes: when it was published. */
  published?: Date;
  /** For episodes: the audio, absolute URL and MIME type. */
  audio?: { url: string; type: string };
}

/** What a page adds to its link preview and structured data; every field is optional. */
export interface SeoExtras {
  /** Share image path (1200×630) and its description; the site's image otherwise. */
  image?: { path: string; alt: string };
  type?: SocialPage['type'];
  published?: Date;
  audio?: SocialPage['audio'];
  jsonLd?: JsonLdNode[];
}

export interface MetaTag {
  /** `property` for Open Graph, `name` for Twitter. */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

const ogLocales: Record<string, string> = { de: 'de_DE', en: 'en_GB' };

export function socialMetaTags(page: SocialPage): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
  const twitter = (key: string, content: string): MetaTag => ({ attribute: 'name', key: `twitter:${key}`, content });
  const { image } = page;
  return [
    og('type', page.type ?? 'website'),
    og('site_name', page.siteName),
    og('locale', ogLocales[page.language] ?? page.language),
    og('title', page.title),
    og('description', page.description),
    og('url', page.url),
    og('image', image.url),
    og('image:type', 'image/png'),
    og('image:width', String(image.width)),
    og('image:height', String(image.height)),
    og('image:alt', image.alt),
    ...(page.audio ? [og('audio', page.audio.url), og('audio:type', page.audio.type)] : []),
    ...(page.published ? [{ attribute: 'property' as const, key: 'article:published_time', content: page.published.toISOString() }] : []),
    twitter('card', 'summary_large_image'),
    twitter('title', page.title),
    twitter('description', page.description),
    twitter('image', image.url),
    twitter('image:alt', image.alt),
  ];
}
