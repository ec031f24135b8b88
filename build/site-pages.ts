import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SitePage {
  /** Path of the HTML file inside the built site, with forward slashes. */
  file: string;
  /** The URL path a visitor requests for it. */
  url: string;
  /** What kind of page it is; pages of one type share a template. */
  type: string;
}

/**
 * The URL a static host serves a built file under: `x/index.html` is `/x/`,
 * other files keep their name (`404.html`).
 */
export function urlForFile(file: string): string {
  const path = `/${file.split(sep).join('/').replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Groups URLs by the template that renders them: every episode is `episode`,
 * every topic `topic`, further archive pages `archive-page`; below any other
 * section, pages share a template too (`/togo/<package>/` is `togo-detail`).
 * Every other page (`/kaffee/`, `/impressum/`, `/404.html`) is a type of its own,
 * so pages added later are covered without changing the gates.
 */
export function pageType(url: string): string {
  if (url === '/') return 'home';
  if (/^\/folgen\/seite\/\d+\/$/.test(url)) return 'archive-page';
  if (/^\/folgen\/[^/]+\/$/.test(url)) return 'episode';
  if (/^\/themen\/[^/]+\/$/.test(url)) return 'topic';
  const segments = url
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean);
  return segments.length > 1 ? `${segments[0]}-detail` : (segments[0] ?? 'home');
}

/** Every HTML page of a built site, in a stable order. */
export function listPages(dist: string): SitePage[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
    .map((file) => {
      const url = urlForFile(file);
      return { file, url, type: pageType(url) };
    });
}

/**
 * One page per type; `preferred` URLs win for their type (the long demo episode
 * exercises more of the episode template than a trailer does).
 */
export function onePagePerType(pages: SitePage[], preferred: string[] = []): SitePage[] {
  const byType = new Map<string, SitePage>();
  for (const page of pages) {
    const current = byType.get(page.type);
    if (!current || (preferred.includes(page.url) && !preferred.includes(current.url))) byType.set(page.type, page);
  }
  return [...byType.values()];
}
