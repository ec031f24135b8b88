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

/**
 * Characters that may never stand in a URL as written: controls, space and
 * everything outside ASCII, the few printable ones RFC 3986 excludes, and a
 * `%` that starts no escape. Everything else, escapes like `%3D` above all,
 * is left exactly as it is: signed and nested audio addresses (`…%3D%3D--…`,
 * `…/https%3A%2F%2F…`) must reach apps byte for byte.
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-2
 */
const INVALID_IN_URL = /%(?![0-9A-Fa-f]{2})|[^\x21-\x7e]|["<>\\^`{|}]/gu;

/** Percent-encodes what is invalid in a URL, once; a URL that is already valid comes back unchanged. */
export function encodeUrlOnce(url: string): string {
  // A lone surrogate has no UTF-8 form; it becomes the replacement character, as in a browser.
  return url.replace(INVALID_IN_URL, (character) => (character.isWellFormed() ? encodeURIComponent(character) : '%EF%BF%BD'));
}

/** Absolute URL on the site; paths with spaces or umlauts are percent-encoded once, existing escapes are kept. */
export function absoluteUrl(site: string, pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return encodeUrlOnce(pathOrUrl);
  return new URL(encodeUrlOnce(pathOrUrl), site.endsWith('/') ? site : `${site}/`).href;
}
export const subscribePath = '/abonnieren/';
export const recommendPath = '/weiterempfehlen/';
export const shareImagePath = (slug: string) => `/og/${slug}.png`;
export const siteShareImagePath = '/og/site.png';
