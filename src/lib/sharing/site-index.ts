import { newsletterThanksPath } from '../urls';

/**
 * Files for machines that read the site: robots.txt pointing at the sitemap,
 * llms.txt listing the episodes and their plain-text transcripts, and the rule
 * deciding which built pages the sitemap lists.
 * @see https://www.rfc-editor.org/rfc/rfc9309 robots.txt
 * @see https://llmstxt.org/ llms.txt
 */

/**
 * Pages that make sense only after a form was sent, or as an error: they carry
 * `noindex` and stay out of the sitemap.
 */
export const unlistedPaths: readonly string[] = [newsletterThanksPath, '/404/'];

/**
 * Pages a search engine should list: HTML pages only (endpoints like images and
 * transcripts end in a file name), without the unlisted ones. Unpublished
 * episodes never get built, so they need no rule.
 */
export function isListedInSitemap(pageUrl: string): boolean {
  const { pathname } = new URL(pageUrl);
  return pathname.endsWith('/') && !unlistedPaths.includes(pathname);
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

export interface IndexedEpisode {
  title: string;
  url: string;
  summary: string;
  /** Only episodes with a transcript have the text file. */
  transcriptUrl?: string | undefined;
}

/** Markdown text cannot carry line breaks or link brackets inside a list item. */
const oneLine = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/([[\]])/g, '\\$1')
    .trim();

export function llmsTxt(
  site: { title: string; description: string; links: { title: string; url: string }[] },
  episodes: readonly IndexedEpisode[],
  headings: { episodes: string; more: string; transcript: string },
): string {
  const list = episodes.map(
    (episode) =>
      `- [${oneLine(episode.title)}](${episode.url}): ${oneLine(episode.summary)}${episode.transcriptUrl ? ` ${headings.transcript}: ${episode.transcriptUrl}` : ''}`,
  );
  const more = site.links.map((link) => `- [${oneLine(link.title)}](${link.url})`);
  return [
    `# ${oneLine(site.title)}`,
    '',
    `> ${oneLine(site.description)}`,
    '',
    `## ${headings.episodes}`,
    '',
    ...list,
    '',
    `## ${headings.more}`,
    '',
    ...more,
    '',
  ].join('\n');
}
