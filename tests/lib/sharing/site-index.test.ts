import { describe, expect, it } from 'vitest';
import { isListedInSitemap, llmsTxt, robotsTxt } from '../../../src/lib/sharing/site-index';

const site = 'https://klartext-it.example.de';

describe('sitemap, robots.txt and llms.txt', () => {
  it.each([
    ['/', true],
    ['/folgen/004-vertraust-du-deiner-it/', true],
    ['/themen/vertrauen/', true],
    ['/abonnieren/', true],
    ['/folgen/004-vertraust-du-deiner-it/transcript.txt', false],
    ['/og/004-vertraust-du-deiner-it.png', false],
    ['/feed.xml', false],
    ['/llms.txt', false],
    ['/denkanstoss/danke/', false],
    ['/404/', false],
  ])('%s listed in the sitemap: %s', (path, listed) => {
    expect(isListedInSitemap(`${site}${path}`)).toBe(listed);
  });

  it('robots.txt allows everything and names the sitemap', () => {
    expect(robotsTxt(`${site}/sitemap-index.xml`)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap-index.xml\n`);
  });

  it('llms.txt lists every episode with its summary and plain-text transcript', () => {
    const text = llmsTxt(
      { title: 'Klartext IT', description: 'Ein Podcast\nüber IT.', links: [{ title: 'RSS-Feed', url: `${site}/feed.xml` }] },
      [{ title: 'Folge [1]', url: `${site}/folgen/1/`, summary: 'Zwei\nZeilen.', transcriptUrl: `${site}/folgen/1/transcript.txt` }],
      { episodes: 'Folgen', more: 'Mehr', transcript: 'Transkript' },
    );
    expect(text).toBe(
      [
        '# Klartext IT',
        '',
        '> Ein Podcast über IT.',
        '',
        '## Folgen',
        '',
        `- [Folge \\[1\\]](${site}/folgen/1/): Zwei Zeilen. Transkript: ${site}/folgen/1/transcript.txt`,
        '',
        '## Mehr',
        '',
        `- [RSS-Feed](${site}/feed.xml)`,
        '',
      ].join('\n'),
    );
  });
});
