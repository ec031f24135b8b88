import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../../src/lib/feed/build-feed';
import { feedInput } from '../../../src/lib/feed/feed-input';
import { feedStylesheet, FEED_STYLESHEET_PATH } from '../../../src/lib/feed/feed-stylesheet';
import { checkFeed } from '../../../quality/feed-check';
import { labels, sampleEpisodes, sampleSettings } from '../../support/feed-fixtures';

function wellFormed(xml: string): boolean {
  const parser = new SaxesParser({ xmlns: true });
  parser.write(xml).close();
  return true;
}

const labelsOf = (overrides = {}) => ({
  language: 'de',
  title: 'RSS-Feed',
  note: 'Das ist der Feed.',
  subscribe: 'Abonnieren',
  subscribeHref: '/abonnieren/',
  episodes: 'Folgen',
  ...overrides,
});

describe('the feed shown in a browser', () => {
  it('names its stylesheet right after the XML declaration, and stays a valid feed', () => {
    const xml = buildFeed(feedInput(sampleSettings(), sampleEpisodes(2), labels, 'content/settings.yaml'), {
      stylesheet: FEED_STYLESHEET_PATH,
    });
    expect(xml.split('\n').slice(0, 2)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>',
    ]);
    expect(checkFeed(xml).problems).toEqual([]);
  });

  it('without a stylesheet the feed has none', () => {
    expect(buildFeed(feedInput(sampleSettings(), sampleEpisodes(1), labels, 'content/settings.yaml'))).not.toContain('xml-stylesheet');
  });

  it('is a well-formed XSLT stylesheet that copies titles as text, never as markup', () => {
    const xsl = feedStylesheet(labelsOf());
    expect(wellFormed(xsl)).toBe(true);
    expect(xsl).toContain('<xsl:value-of select="title"/>');
    expect(xsl).not.toMatch(/disable-output-escaping|xsl:copy-of/);
  });

  it.each([
    ['note', '<script>alert(1)</script> & „mehr“'],
    ['subscribeHref', '/abonnieren/?a=1&b="2"'],
    ['language', 'de"><x'],
  ])('escapes the %s it is given', (field, value) => {
    const xsl = feedStylesheet(labelsOf({ [field]: value }));
    expect(wellFormed(xsl)).toBe(true);
    expect(xsl).not.toContain(value);
  });
});
