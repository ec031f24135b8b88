import { describe, expect, it } from 'vitest';
import {
  appleCategoriesOf,
  categoriesOf,
  clearShowSettings,
  fillSettings,
  languageOf,
  settingsFromFeed,
  settingsProblems,
  uncarriedTags,
  type FeedChannel,
} from '../../../tools/import/settings-from-feed';
import type { FeedItem } from '../../../tools/import/episode-from-item';
import { readFileSync } from 'node:fs';

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
    ['de-DE', 'de-DE'],
    ['en-us', 'en-us'],
    [' pt-BR ', 'pt-BR'],
    ['fr', 'fr'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    ['deutsch!', undefined],
    ['<script>', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('language %j is kept as %j', (value, expected) => {
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
      language: 'de-DE',
      author: 'Podlovers',
      owner: { name: 'Podlovers', email: 'feed@podlovers.org' },
      host: { name: 'Eric', role: 'host' },
      artwork: '/images/cover-0123456789.png',
      categories: ['Technology'],
      podcastGuid: '917393e3-1b1e-5cef-ace4-edaa54e1f810',
      previousFeedUrl: 'https://feeds.podlovers.org/mp3',
      persons: [{ name: 'Eric', role: 'host' }],
    });
    expect(settingsFromFeed(channel, 'https://old.example/feed').previousFeedUrl).toBe('https://old.example/feed');
  });

  it('offers no owner without an e-mail address', () => {
    expect(settingsFromFeed({ title: 'X', itunes: { owner: { name: 'Nur Name' } } } as FeedChannel, 'f.xml').owner).toBeUndefined();
  });
});

describe('Podcasting 2.0 settings of the show', () => {
  it('keeps locked, funding, people, value and txt as the feed wrote them', () => {
    const channel = {
      title: 'Show',
      description: 'Eine Show.',
      itunes: { explicit: 'yes', type: 'Serial' },
      podcast: {
        locked: { value: false, owner: 'a@b.example' },
        fundings: [
          { url: 'https://steady.example/show', display: 'Unterstützen' },
          { url: 'https://ko-fi.example/show' },
          { url: 'javascript:alert(1)', display: 'Böse' },
        ],
        persons: [{ display: 'Rita', role: 'host', img: 'https://cdn.example/r.jpg', href: 'https://rita.example/' }],
        values: [
          {
            type: 'lightning',
            method: 'keysend',
            suggested: 0.00000005,
            valueRecipients: [
              { name: 'Rita', type: 'node', address: '02d5', split: 99 },
              { type: 'node', split: 1 },
            ],
          },
          { type: 'lightning', method: 'keysend', valueRecipients: [] },
        ],
        txts: [{ display: 'verify-me', purpose: 'verify' }, { display: '  ' }],
      },
    } as unknown as FeedChannel;
    expect(settingsFromFeed(channel, 'f.xml')).toMatchObject({
      explicit: true,
      type: 'serial',
      locked: false,
      host: { name: 'Rita', role: 'host', url: 'https://rita.example/' },
      funding: [
        { url: 'https://steady.example/show', label: 'Unterstützen' },
        { url: 'https://ko-fi.example/show', label: 'ko-fi.example' },
      ],
      persons: [{ name: 'Rita', role: 'host', img: 'https://cdn.example/r.jpg', href: 'https://rita.example/' }],
      value: [
        {
          type: 'lightning',
          method: 'keysend',
          suggested: 0.00000005,
          recipients: [{ name: 'Rita', type: 'node', address: '02d5', split: 99 }],
        },
      ],
      txt: [{ text: 'verify-me', purpose: 'verify' }],
    });
  });

  it('fills an empty description with the title and says so', () => {
    const warnings: string[] = [];
    expect(settingsFromFeed({ title: 'Nur ein Titel', description: ' ' } as FeedChannel, 'f.xml', undefined, warnings).description).toBe(
      'Nur ein Titel',
    );
    expect(warnings).toEqual([
      'content/settings.yaml: description: the feed describes the show in no words; filled with "Nur ein Titel", write a few sentences there',
    ]);
  });

  it('lists the tags the new feed will not carry, with where they were', () => {
    const channel = {
      podcast: { medium: 'podcast', license: { display: 'cc-by' }, locations: [{ display: 'Köln' }], guid: 'x' },
    } as unknown as FeedChannel;
    const items = [
      { podcast: { locations: [{ display: 'Bonn' }], persons: [{ display: 'A' }] } },
      { podcast: { values: [{ type: 'lightning', method: 'keysend' }], images: [] } },
    ] as unknown as FeedItem[];
    expect(uncarriedTags({ channel, items })).toEqual([
      'podcast:license (the show)',
      'podcast:location (the show, 1 episode)',
      'podcast:value (1 episode)',
    ]);
    expect(uncarriedTags({ channel: { podcast: { medium: 'music' } } as unknown as FeedChannel, items: [] })).toEqual([
      'podcast:medium (the show)',
    ]);
  });
});

describe('a fresh start', () => {
  const demo =
    '# Podcast settings.\n\ntitle: Klartext IT\nsubtitle: Der Podcast\nsite: https://klartext.example.de\n# Where listeners find it.\nplatforms:\n  apple: https://podcasts.apple.com/x\n# Prices\nsmallBusiness: false\n';

  it('empties the show settings in place and keeps every comment and the rest', () => {
    expect(clearShowSettings(demo)).toBe(
      '# Podcast settings.\n\ntitle:\nsubtitle:\nsite: https://klartext.example.de\n# Where listeners find it.\nplatforms:\n# Prices\nsmallBusiness: false\n',
    );
  });

  it('then fills what the feed says, empties or removes what it leaves out, and keeps every comment', () => {
    const { text } = fillSettings(clearShowSettings(demo), { title: 'Neue Show' }, { fresh: true });
    expect(text).toBe(
      '# Podcast settings.\n\ntitle: Neue Show\nsite: https://klartext.example.de\n# Where listeners find it.\nplatforms: {}\n\n# Prices\nsmallBusiness: false\n',
    );
  });
});

describe('what the build would refuse, said by the import', () => {
  const complete = `title: T
description: D
site: https://neu.example.de
author: A
owner: { name: A, email: a@example.de }
host: { name: A }
artwork: /images/cover.jpg
categories: [Technology]
`;
  const cover = readFileSync('public/artwork.jpg');

  it('finds nothing in complete settings with a cover Apple accepts', () => {
    expect(settingsProblems(complete, 'content/settings.yaml', () => cover)).toEqual([]);
  });

  it.each([
    ['no owner', complete.replace(/owner: .*\n/, ''), 'content/settings.yaml: owner: the feed names no owner e-mail'],
    [
      'no categories',
      complete.replace('[Technology]', '[]'),
      'content/settings.yaml: categories: the feed names no Apple Podcasts category',
    ],
    ['no site', complete.replace(/site: .*\n/, ''), "content/settings.yaml: site: write this site's public address there"],
    ['an empty description', complete.replace('description: D', 'description: ""'), 'content/settings.yaml: description: is empty'],
    ['a language that is no tag', `${complete}language: "de utsch"\n`, 'content/settings.yaml: language: expected a language tag'],
  ])('says so for %s', (_, yaml, problem) => {
    expect(settingsProblems(yaml, 'content/settings.yaml', () => cover).join('\n')).toContain(problem);
  });

  it.each([
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1'), 'is GIF; expected a JPEG or PNG'],
    ['a small cover', readFileSync('tests/fixtures/audio/kurz.mp3').subarray(0, 0), 'does not exist'],
    ['no image at all', Buffer.from('<html>'), 'is not an image'],
  ])('says so for %s as the cover', (_, bytes, problem) => {
    expect(settingsProblems(complete, 'content/settings.yaml', () => (bytes.length ? bytes : undefined)).join('\n')).toContain(
      `content/settings.yaml: artwork: public/images/cover.jpg ${problem}`,
    );
  });
});
