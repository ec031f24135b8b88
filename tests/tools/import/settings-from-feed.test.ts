import { describe, expect, it } from 'vitest';
import {
  appleCategoriesOf,
  categoriesOf,
  fillSettings,
  languageOf,
  settingsFromFeed,
  type FeedChannel,
} from '../../../tools/import/settings-from-feed';

describe('settings filled from the old feed', () => {
  it('fills only empty fields and keeps every comment', () => {
    const yaml = '# Einstellungen\ntitle: ""\n# Wer macht das?\nauthor: Oliver\ncategories: []\nlanguage:\n';
    const { text, filled } = fillSettings(yaml, { title: 'Kantenfälle', author: 'Jemand', categories: ['Technology'], language: 'de' });
    expect(filled).toEqual(['title', 'categories', 'language']);
    expect(text).toContain('# Einstellungen');
    expect(text).toContain('# Wer macht das?\nauthor: Oliver');
    expect(text).toMatch(/title: Kantenfälle/);
    expect(text).toMatch(/categories:\n {2}- Technology/);
  });

  it('leaves a complete settings file byte for byte alone', () => {
    const yaml = 'title: Klartext IT   # mit Kommentar\nauthor: Oliver\n';
    expect(fillSettings(yaml, { title: 'Anders', author: 'Anders' })).toEqual({ text: yaml, filled: [] });
  });

  it.each([['title: [kaputt\n'], ['- eine\n- Liste\n']])('leaves a settings file that is not a YAML map (%j) alone', (yaml) => {
    expect(fillSettings(yaml, { title: 'X' })).toEqual({ text: yaml, filled: [] });
  });

  it.each([
    ['de-DE', 'de'],
    ['en-us', 'en'],
    ['EN', 'en'],
    ['fr', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('language %j → %j', (value, expected) => {
    expect(languageOf(value)).toBe(expected);
  });

  it('writes Apple categories with their sub-category', () => {
    expect(categoriesOf([{ text: 'Arts', categories: [{ text: 'Literature' }] }, { text: 'Society & Culture' }, { text: ' ' }])).toEqual([
      'Arts > Literature',
      'Society & Culture',
    ]);
  });

  it.each([
    [['Technology'], ['Technology'], []],
    [['News & Politics', 'Technology'], ['News', 'Technology'], []],
    [['Arts > Literature', 'Society & Culture'], ['Arts > Books', 'Society & Culture'], []],
    [['Comedy > Unbekannt'], ['Comedy'], []],
    [['Podcasts', 'Technology', 'Technology'], ['Technology'], ['Podcasts']],
  ])('categories %j are written as Apple accepts them today: %j', (written, categories, dropped) => {
    expect(appleCategoriesOf(written)).toEqual({ categories, dropped });
  });

  it('offers what the feed says, with the feed address for the move and the downloaded cover', () => {
    const channel = {
      title: 'Podlovers',
      description: '<p>Der Podlove Podcast</p>',
      language: 'de-DE',
      itunes: {
        author: 'Podlovers',
        owner: { name: 'Podlovers', email: 'feed@podlovers.org' },
        image: 'https://h/cover.png',
        categories: [{ text: 'Technology' }],
      },
      podcast: { guid: '917393e3-1b1e-5cef-ace4-edaa54e1f810', persons: [{ display: 'Eric', role: 'host' }] },
      atom: { links: [{ href: 'https://feeds.podlovers.org/mp3', rel: 'self' }] },
    } as FeedChannel;
    expect(settingsFromFeed(channel, 'feed.xml', '/images/cover-0123456789.png')).toEqual({
      title: 'Podlovers',
      description: 'Der Podlove Podcast',
      language: 'de',
      author: 'Podlovers',
      owner: { name: 'Podlovers', email: 'feed@podlovers.org' },
      host: { name: 'Eric', role: 'host' },
      artwork: '/images/cover-0123456789.png',
      categories: ['Technology'],
      podcastGuid: '917393e3-1b1e-5cef-ace4-edaa54e1f810',
      previousFeedUrl: 'https://feeds.podlovers.org/mp3',
    });
    expect(settingsFromFeed(channel, 'https://old.example/feed').previousFeedUrl).toBe('https://old.example/feed');
  });

  it('offers no owner without an e-mail address', () => {
    expect(settingsFromFeed({ title: 'X', itunes: { owner: { name: 'Nur Name' } } } as FeedChannel, 'f.xml').owner).toBeUndefined();
  });
});
