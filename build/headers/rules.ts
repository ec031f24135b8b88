import { TRANSCRIPT_FILES, transcriptFilePath, type TranscriptFile } from '../../src/lib/transcript/files.ts';
import { archivePath, episodePath, feedPath, togoPath } from '../../src/lib/urls.ts';
import { patternMatches, type HeaderRule } from './headers-file.ts';
import type { PageNeeds } from './page-needs.ts';

/**
 * Every HTTP header the site asks its host for, as data: `npm run build`
 * writes them to `dist/_headers` (build/write-headers.ts), the static server
 * of the tests applies that file, and the S3/CloudFront recipe translates it.
 *
 * Each header is set by at most one rule for any address, because hosts
 * disagree about what two matching rules mean (build/headers/headers-file.ts).
 */

/** For files whose name changes with their content. @see https://www.rfc-editor.org/rfc/rfc8246 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** For files that keep their name when they change: the browser asks every time, a 304 costs no body. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Sent with every response. Referrer: other sites learn at most the site's
 * address, never which episode a visitor read (form providers and video
 * players refuse requests without an origin). Permissions: the site uses
 * none of these, so no embedded page may either.
 * @see https://www.w3.org/TR/referrer-policy/#referrer-policy-strict-origin-when-cross-origin
 * @see https://github.com/w3c/webappsec-permissions-policy/blob/main/features.md
 */
export const EVERY_RESPONSE: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), usb=()',
  // For addresses no page rule covers; where a Content-Security-Policy is sent, its frame-ancestors rules.
  'X-Frame-Options': 'DENY',
};

/**
 * Podcasting 2.0 apps in the browser read the feed, transcripts and chapters
 * from another origin. @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/transcripts/transcripts.md
 */
export const CROSS_ORIGIN_READABLE: Record<string, string> = { 'Access-Control-Allow-Origin': '*' };

/** Folders whose files all carry a content hash in their name. */
export const HASHED_FOLDERS = ['/_astro/'];
/** Pagefind's index: chunk folders and `.pf_meta` files are hashed; its scripts and `pagefind-entry.json` are not. */
export const SEARCH_INDEX_FOLDER = '/pagefind/';
const SEARCH_CHUNK_FOLDERS = ['index', 'fragment', 'filter'];

/**
 * Pages rendered by one template share a rule; every other page has its own.
 * A page type's policy allows what any of its pages needs.
 */
export const PAGE_PATTERNS = [archivePath(2).replace(/2\/$/, ':page/'), episodePath(':slug'), '/themen/:topic/', togoPath(':slug')];

export type Directive =
  | 'default-src'
  | 'script-src'
  | 'style-src'
  | 'style-src-attr'
  | 'img-src'
  | 'font-src'
  | 'media-src'
  | 'connect-src'
  | 'frame-src'
  | 'worker-src'
  | 'manifest-src'
  | 'object-src'
  | 'base-uri'
  | 'form-action'
  | 'frame-ancestors';

/**
 * What every page may do. Scripts come from the site's own files only (plus
 * the hashes of any inline script); `'wasm-unsafe-eval'` lets Pagefind's
 * search compile its WebAssembly and allows no JavaScript eval.
 * @see https://www.w3.org/TR/CSP3/
 * @see https://pagefind.app/docs/hosting/#content-security-policy-csp
 */
export const BASE_POLICY: Record<Directive, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'style-src-attr': [],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'media-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * What Cal.com's embed needs on a page that may show it: its script, the
 * booking frame, the requests and images of embed.js, and the style element
 * embed.js adds to the page, which changes with Cal's releases and so cannot
 * be named by a hash.
 * @see https://cal.com/docs/core-features/embed/install-with-javascript
 */
export function calendarSources({ origin, embedScript }: PageNeeds['calendars'][number]): Partial<Record<Directive, string[]>> {
  return {
    'script-src': [embedScript],
    'frame-src': [origin],
    'connect-src': [origin],
    'img-src': [origin],
    'style-src': ["'unsafe-inline'"],
  };
}

/** Needs of several pages together. */
export function combineNeeds(all: readonly PageNeeds[]): PageNeeds {
  const merged = (pick: (needs: PageNeeds) => string[]) => [...new Set(all.flatMap(pick))].sort();
  return {
    scriptHashes: merged((needs) => needs.scriptHashes),
    styleHashes: merged((needs) => needs.styleHashes),
    styleAttributeHashes: merged((needs) => needs.styleAttributeHashes),
    consentFrames: merged((needs) => needs.consentFrames),
    calendars: [
      ...new Map(
        all.flatMap((needs) => needs.calendars).map((calendar) => [`${calendar.origin} ${calendar.embedScript}`, calendar]),
      ).values(),
    ],
    formTargets: merged((needs) => needs.formTargets),
    mediaOrigins: merged((needs) => needs.mediaOrigins),
  };
}

/** Where the site's own absolute addresses point (artwork for the lock screen, share images): its public address. */
const OWN_ADDRESSES: Directive[] = ['img-src', 'media-src', 'connect-src'];

/**
 * The Content-Security-Policy of a page type. `origin` is the site's public
 * address, which is 'self' in production and must stay allowed where the site
 * is also served under another (a deploy preview). `site` holds what every page
 * allows: the site's own inline code and the audio hosts, which a page can
 * take over from another. `page` adds only what its own pages load after
 * consent (players, calendars) and where their forms post.
 */
export function contentSecurityPolicy(origin: string, site: PageNeeds, page: PageNeeds): string {
  const policy = Object.fromEntries(Object.entries(BASE_POLICY).map(([name, sources]) => [name, [...sources]])) as Record<
    Directive,
    string[]
  >;
  const add = (directive: Directive, sources: readonly string[]) => {
    if (sources.length === 0) return;
    const current = policy[directive].filter((source) => source !== "'none'");
    policy[directive] = [...new Set([...current, ...sources])];
  };
  for (const directive of OWN_ADDRESSES) add(directive, [origin]);
  add('script-src', site.scriptHashes);
  add('media-src', site.mediaOrigins);
  add('frame-src', page.consentFrames);
  // The signup script checks the provider is reachable and may send the form itself (src/browser/newsletter.ts).
  add('form-action', page.formTargets);
  add('connect-src', page.formTargets);
  for (const calendar of page.calendars)
    for (const [directive, sources] of Object.entries(calendarSources(calendar))) add(directive as Directive, sources);
  // A hash switches 'unsafe-inline' off, so a page that must allow Cal's style element gets no hashes.
  if (!policy['style-src'].includes("'unsafe-inline'")) {
    add('style-src', site.styleHashes);
    if (site.styleAttributeHashes.length) add('style-src-attr', ["'unsafe-hashes'", ...site.styleAttributeHashes]);
  }
  return Object.entries(policy)
    .filter(([, sources]) => sources.length > 0)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The rule pattern of a page's address: its page type's, or the address itself. */
export function pagePattern(address: string): string {
  return PAGE_PATTERNS.find((pattern) => patternMatches(pattern, address)) ?? address;
}

export interface BuiltSite {
  /** The site's public address (`site` in the settings). */
  site: string;
  /** The address of every file the site serves, as browsers request it: percent-encoded, `/x/` for `x/index.html`. */
  files: readonly string[];
  /** What each HTML page needs, by address. */
  pages: ReadonlyMap<string, PageNeeds>;
}

/** Search index chunks and metadata, wherever Pagefind wrote a bundle. */
function searchIndexRules(files: readonly string[]): HeaderRule[] {
  const hashed = new Set<string>();
  for (const file of files) {
    if (!file.startsWith(SEARCH_INDEX_FOLDER)) continue;
    const folder = file.slice(0, file.lastIndexOf('/') + 1);
    const name = folder.split('/').at(-2) ?? '';
    if (SEARCH_CHUNK_FOLDERS.includes(name)) hashed.add(`${folder}*`);
    else if (file.endsWith('.pf_meta')) hashed.add(file);
  }
  return [...hashed].sort().map((pattern) => ({ pattern, headers: { 'Cache-Control': IMMUTABLE } }));
}

/** The files beside each episode page that apps read: the feed names them. */
function transcriptRules(files: readonly string[]): HeaderRule[] {
  return Object.values(TRANSCRIPT_FILES).flatMap((file: TranscriptFile) => {
    const pattern = transcriptFilePath(':slug', file);
    if (!files.some((path) => patternMatches(pattern, path))) return [];
    // Opened in a browser (transcript.html is a page), a transcript file may load and run nothing.
    const headers: Record<string, string> = {
      'Cache-Control': REVALIDATE,
      ...CROSS_ORIGIN_READABLE,
      'Content-Security-Policy': "default-src 'none'",
    };
    if (file.charset) headers['Content-Type'] = `${file.type}; charset=${file.charset}`;
    return [{ pattern, headers }];
  });
}

/** Every rule for a built site, in the order `_headers` lists them. */
export function headerRules(site: BuiltSite): HeaderRule[] {
  const data = [{ pattern: feedPath, headers: { 'Cache-Control': REVALIDATE, ...CROSS_ORIGIN_READABLE } }, ...transcriptRules(site.files)];
  const siteNeeds = combineNeeds([...site.pages.values()]);
  const byPattern = new Map<string, PageNeeds[]>();
  for (const [url, needs] of site.pages) {
    if (data.some((rule) => patternMatches(rule.pattern, url))) continue;
    const pattern = pagePattern(url);
    byPattern.set(pattern, [...(byPattern.get(pattern) ?? []), needs]);
  }
  const pages = [...byPattern]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([pattern, needs]) => ({
      pattern,
      headers: {
        'Cache-Control': REVALIDATE,
        'Content-Security-Policy': contentSecurityPolicy(new URL(site.site).origin, siteNeeds, combineNeeds(needs)),
      },
    }));
  return [
    {
      pattern: '/*',
      headers: EVERY_RESPONSE,
      comment: 'Every response. Written by npm run build from build/headers/rules.ts; edit that file, not this one.',
    },
    ...HASHED_FOLDERS.map((folder) => ({ pattern: `${folder}*`, headers: { 'Cache-Control': IMMUTABLE } })),
    ...searchIndexRules(site.files),
    ...data,
    ...pages,
  ];
}
