import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

/**
 * Finds what a piece of content would make the browser fetch from another
 * site as soon as the page opens: images, frames, scripts, style sheets,
 * fonts in CSS. The site promises that no request leaves it before the
 * visitor agrees, so such resources are content errors; links (`<a href>`)
 * are fine, since nothing is fetched until the visitor follows them.
 */

export interface ForeignResource {
  /** The element (`img`, `iframe`, …) or `style` for CSS. */
  tag: string;
  url: string;
}

/** Attributes that make each element fetch something, as HTML and SVG define them. */
const LOADING_ATTRIBUTES: Record<string, readonly string[]> = {
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  script: ['src'],
  input: ['src'],
  link: ['href'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  feimage: ['href', 'xlink:href'],
  body: ['background'],
  table: ['background'],
  td: ['background'],
  th: ['background'],
};

/** `<link>` relations that fetch nothing by themselves. */
const NON_LOADING_RELS = new Set([
  'alternate',
  'author',
  'bookmark',
  'canonical',
  'external',
  'help',
  'license',
  'me',
  'next',
  'nofollow',
  'noopener',
  'noreferrer',
  'prev',
  'search',
  'tag',
]);

/** Whether a URL written in content points to another site (an address with a scheme, or starting with `//`). */
export function isForeignUrl(url: string, siteOrigin: string): boolean {
  // Browsers strip leading and trailing spaces and control characters before parsing a URL.
  // eslint-disable-next-line no-control-regex -- the URL standard's "C0 control or space", exactly
  const trimmed = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (/^(?:data|blob):/i.test(trimmed)) return false;
  if (!/^(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(trimmed)) return false;
  try {
    return new URL(trimmed, siteOrigin).origin !== siteOrigin;
  } catch {
    return true;
  }
}

/** The URLs in a `srcset`: the first word of each comma-separated candidate. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Addresses CSS fetches: `url(…)` and `@import "…"`. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    urls.push(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '');
  }
  return urls;
}

/** What one element with these attributes (names in lower case, as in HTML) would fetch from other sites. */
export function foreignResourcesOfElement(
  tag: string,
  attributes: Readonly<Record<string, string>>,
  siteOrigin: string,
): ForeignResource[] {
  const name = tag.toLowerCase();
  const urls: string[] = [];
  const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const fetches = name !== 'link' || rels.length === 0 || rels.some((rel) => !NON_LOADING_RELS.has(rel));
  if (fetches) {
    for (const attribute of LOADING_ATTRIBUTES[name] ?? []) {
      const value = attributes[attribute];
      if (value !== undefined) urls.push(...(attribute === 'srcset' ? srcsetUrls(value) : [value]));
    }
  }
  if (attributes.style) urls.push(...cssUrls(attributes.style));
  return urls.filter((url) => isForeignUrl(url, siteOrigin)).map((url) => ({ tag: name, url }));
}

type Node = DefaultTreeAdapterMap['node'];

/** What a piece of HTML would fetch from other sites; `<template>` content is inert and left out. */
export function foreignResourcesInHtml(html: string, siteOrigin: string): ForeignResource[] {
  const found: ForeignResource[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const attributes = Object.fromEntries(node.attrs.map(({ name, value, prefix }) => [prefix ? `${prefix}:${name}` : name, value]));
      found.push(...foreignResourcesOfElement(node.tagName, attributes, siteOrigin));
      if (node.tagName === 'style') {
        const css = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
        found.push(
          ...cssUrls(css)
            .filter((url) => isForeignUrl(url, siteOrigin))
            .map((url) => ({ tag: 'style', url })),
        );
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parseFragment(html));
  return found;
}
