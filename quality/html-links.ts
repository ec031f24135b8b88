import { parseHtml } from './html-dom.ts';

/** Attributes that make the browser fetch or navigate to a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'data', 'cite'];

/** Metadata whose content is an absolute URL of the site itself (share previews, canonical images). */
const URL_META = /^(og:(url|image|audio|video)(:secure_url)?|twitter:image)$/;

export interface PageLinks {
  /** Every URL the page references, as written. */
  urls: string[];
  /** Every fragment target on the page: `id`s and named anchors. */
  anchors: Set<string>;
}

export interface InternalTarget {
  /** Decoded URL path, such as `/folgen/über-uns/`. */
  path: string;
  /** Decoded fragment without `#`; empty when there is none. */
  fragment: string;
}

/** The URLs and anchors of one HTML page, read with html-validate's parser rather than patterns. */
export async function readPageLinks(html: string): Promise<PageLinks> {
  const document = await parseHtml(html);
  const urls: string[] = [];
  const anchors = new Set<string>();
  for (const element of document.querySelectorAll('*')) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttributeValue(name);
      if (value !== null) urls.push(value);
    }
    const srcset = element.getAttributeValue('srcset');
    if (srcset) urls.push(...srcsetUrls(srcset));
    const property = element.getAttributeValue('property') ?? element.getAttributeValue('name') ?? '';
    const content = element.getAttributeValue('content');
    if (element.tagName === 'meta' && content && URL_META.test(property)) urls.push(content);
    const id = element.getAttributeValue('id');
    if (id) anchors.add(id);
    if (element.tagName === 'a' && element.getAttributeValue('name')) anchors.add(element.getAttributeValue('name')!);
  }
  return { urls, anchors };
}

/** The URLs of a `srcset`: candidates are separated by commas, each a URL and an optional size. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/**
 * Where a reference on `pageUrl` leads, when it stays on the site: relative paths,
 * root paths and absolute URLs of the site's own origin. Other sites, `mailto:`,
 * `tel:` and `javascript:` return undefined, since they are not ours to check here.
 */
export function resolveInternal(reference: string, pageUrl: string, siteOrigin: string): InternalTarget | undefined {
  let url: URL;
  try {
    url = new URL(reference.trim(), new URL(pageUrl, siteOrigin));
  } catch {
    return { path: reference, fragment: '' };
  }
  if (url.origin !== new URL(siteOrigin).origin) return undefined;
  return { path: safeDecode(url.pathname), fragment: safeDecode(url.hash.replace(/^#/, '')) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The file a static host serves for a path: directories serve their `index.html`. */
export function fileForPath(path: string): string {
  const relative = path.replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/**
 * Fragments that need no element with that id: an empty fragment and `#top` scroll
 * to the top of any page, and a temporal media fragment (`#t=90`, `#t=00:01:30`)
 * is a time in the episode that the player seeks to.
 * @see https://html.spec.whatwg.org/multipage/browsing-the-web.html#the-indicated-part-of-the-document
 * @see https://www.w3.org/TR/media-frags/#naming-time
 */
export function needsNoAnchor(fragment: string): boolean {
  return fragment === '' || fragment.toLowerCase() === 'top' || /^t=(npt:)?\d[\d:.]*(,\d[\d:.]*)?$/.test(fragment);
}
