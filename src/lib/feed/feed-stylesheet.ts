import { escapeXml } from './xml';

/**
 * The XSLT stylesheet that shows `feed.xml` as a page when someone opens it
 * in a browser: what a feed is and where to subscribe, then the show and its
 * episodes. Podcast apps ignore it, so the feed stays exactly what they read.
 * Titles and descriptions are copied as text (`xsl:value-of`), never as
 * markup, so a feed's HTML cannot run here.
 * @see https://www.w3.org/TR/xslt-10/
 */
export interface FeedStylesheetLabels {
  /** Page language, from the settings. */
  language: string;
  title: string;
  note: string;
  subscribe: string;
  subscribeHref: string;
  episodes: string;
}

export const FEED_STYLESHEET_PATH = '/feed.xsl';

export function feedStylesheet(labels: FeedStylesheetLabels): string {
  const text = (value: string) => escapeXml(value);
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" exclude-result-prefixes="itunes">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/">
    <html lang="${text(labels.language)}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="/rss/channel/title"/> – ${text(labels.title)}</title>
        <style>
          body { margin: 0; font: 1.05rem/1.6 system-ui, sans-serif; color: #1d2424; background: #f8f7f3; }
          main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
          .note { padding: 1rem; border-radius: 0.75rem; background: #fff1b8; }
          .note a { font-weight: 700; }
          header { display: flex; gap: 1rem; align-items: center; margin: 1.5rem 0; }
          header img { width: 6rem; height: 6rem; border-radius: 0.75rem; flex: none; }
          h1 { margin: 0; line-height: 1.2; }
          a { color: #0b6e69; }
          ol { padding-left: 1.25rem; }
          li { margin-bottom: 1rem; }
          .date { color: #4f5a59; font-size: 0.9rem; }
        </style>
      </head>
      <body>
        <main>
          <p class="note">${text(labels.note)} <a href="${text(labels.subscribeHref)}">${text(labels.subscribe)}</a></p>
          <header>
            <xsl:if test="/rss/channel/itunes:image/@href">
              <img alt="" src="{/rss/channel/itunes:image/@href}"/>
            </xsl:if>
            <div>
              <h1><xsl:value-of select="/rss/channel/title"/></h1>
              <p><xsl:value-of select="/rss/channel/description"/></p>
            </div>
          </header>
          <h2>${text(labels.episodes)}</h2>
          <ol>
            <xsl:for-each select="/rss/channel/item">
              <li>
                <a href="{link}"><xsl:value-of select="title"/></a>
                <div class="date"><xsl:value-of select="pubDate"/></div>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}
