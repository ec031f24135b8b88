import { topicSlug } from './base/slug';

/** Every URL the site links to is built here, so pages, feed and sitemap agree. */
export const episodePath = (slug: string) => `/folgen/${slug}/`;
export const archivePath = (page = 1) => (page <= 1 ? '/folgen/' : `/folgen/seite/${page}/`);
export const topicPath = (topic: string) => `/themen/${topicSlug(topic)}/`;
export const feedPath = '/feed.xml';
export const bookingPath = '/kaffee/';
export const togoPath = (slug?: string) => (slug ? `/togo/${slug}/` : '/togo/');
/** Where a package page takes requests: its own calendar, behind the consent notice. */
export const PACKAGE_REQUEST_ID = 'anfragen';
export const packageRequestPath = (slug: string) => `${togoPath(slug)}#${PACKAGE_REQUEST_ID}`;
export const newsletterPath = '/denkanstoss/';
export const newsletterThanksPath = '/denkanstoss/danke/';
export const imprintPath = '/impressum/';
export const privacyPath = '/datenschutz/';

/** Absolute URL on the site; paths with spaces or umlauts are percent-encoded once. */
export function absoluteUrl(site: string, pathOrUrl: string): string {
  if (/^https?:\/\//.test(pathOrUrl)) return encodeURI(decodeURISafe(pathOrUrl));
  return new URL(encodeURI(decodeURISafe(pathOrUrl)), site.endsWith('/') ? site : `${site}/`).href;
}

function decodeURISafe(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
export const subscribePath = '/abonnieren/';
export const recommendPath = '/weiterempfehlen/';
export const shareImagePath = (slug: string) => `/og/${slug}.png`;
export const siteShareImagePath = '/og/site.png';
