import { describe, expect, it } from 'vitest';
import { createTranslator, interfaceLanguageOf } from '../../src/i18n/translate';
import { dictionaries } from '../../src/i18n/ui';
import { episodeSlugFromFile } from '../../src/lib/base/slug';
import { episodeLabel, guestNames, minutesLabel } from '../../src/lib/episode-format';
import { absoluteUrl, archivePath, encodeUrlOnce, episodePath, topicPath } from '../../src/lib/urls';

const t = createTranslator('de');

describe('the interface dictionary', () => {
  it('has every German string in English too, and none empty', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.de).sort());
    for (const value of [...Object.values(dictionaries.de), ...Object.values(dictionaries.en)]) expect(value.trim()).not.toBe('');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('episode.number', { n: 42 })).toBe('Folge 42');
    expect(t('archive.page', { n: 2 })).toBe('Seite 2 von {m}');
  });
});

describe('the interface language', () => {
  it.each([
    [{ language: 'de' }, { language: 'de', fellBack: false }],
    [{ language: 'de-AT' }, { language: 'de', fellBack: false }],
    [{ language: 'EN-us' }, { language: 'en', fellBack: false }],
    [{ language: 'pt-BR' }, { language: 'en', fellBack: true }],
    [{ language: 'zh-Hant-TW' }, { language: 'en', fellBack: true }],
    [{ language: 'constructor' }, { language: 'en', fellBack: true }],
    [
      { language: 'pt-BR', interfaceLanguage: 'de' as const },
      { language: 'de', fellBack: false },
    ],
  ])('for %o is %o', (settings, expected) => {
    expect(interfaceLanguageOf(settings)).toEqual(expected);
  });
});

describe('guests', () => {
  it('are the episode guests, then people an old feed named as guests, each once', () => {
    const persons = [{ name: 'Ana', role: 'Guest' }, { name: 'Rita', role: 'host' }, { name: 'Katrin', role: 'guest' }, { name: 'Zé' }];
    expect(guestNames({ guests: [{ name: 'Katrin' }], podcast: { persons } })).toEqual(['Katrin', 'Ana']);
  });
});

describe('episode labels', () => {
  it.each([
    [{ episode: 42, type: 'full' as const }, 'Folge 42'],
    [{ type: 'trailer' as const }, 'Trailer'],
    [{ type: 'bonus' as const }, 'Bonus'],
    [{ episode: 7, type: 'bonus' as const }, 'Bonus · Folge 7'],
  ])('%j → %s', (data, label) => expect(episodeLabel(data, t)).toBe(label));

  it.each([
    [20, '1 Min.'],
    [89, '1 Min.'],
    [1834, '31 Min.'],
  ])('%d s → %s', (seconds, label) => expect(minutesLabel(seconds, t)).toBe(label));
});

describe('episode file names', () => {
  it('the file name is the slug', () => {
    expect(episodeSlugFromFile('content/episodes/042-vertraust-du-deiner-it.mdx')).toBe('042-vertraust-du-deiner-it');
  });

  it.each(['content/episodes/Folge 1.md', 'content/episodes/über.md', 'content/episodes/a_b.md'])(
    '%s is rejected with the file named',
    (file) => {
      expect(() => episodeSlugFromFile(file)).toThrow(file);
    },
  );
});

describe('URLs', () => {
  it('builds the site paths', () => {
    expect(episodePath('042-x')).toBe('/folgen/042-x/');
    expect(archivePath()).toBe('/folgen/');
    expect(archivePath(3)).toBe('/folgen/seite/3/');
    expect(topicPath('Remote-Arbeit')).toBe('/themen/remote-arbeit/');
  });

  it.each([
    ['/audio/042.mp3', 'https://podcast.example.de/audio/042.mp3'],
    ['/audio/Folge 1 über.mp3', 'https://podcast.example.de/audio/Folge%201%20%C3%BCber.mp3'],
    ['/audio/Folge%201.mp3', 'https://podcast.example.de/audio/Folge%201.mp3'],
    ['https://cdn.example.de/a b.mp3', 'https://cdn.example.de/a%20b.mp3'],
    ['/audio/100%.mp3', 'https://podcast.example.de/audio/100%25.mp3'],
  ])('absolute URL of %s is %s, encoded once', (path, url) => {
    expect(absoluteUrl('https://podcast.example.de', path)).toBe(url);
  });

  it.each([
    ['an ART19 signed address', 'https://rss.art19.com/episodes/7e0f.mp3?rss_browser=BAhJIgxDaHJvbWUGOgZFVA%3D%3D--ab6b4c7d0e'],
    [
      'an Anchor address nesting another',
      'https://anchor.fm/s/1a2b/podcast/play/9/https%3A%2F%2Fd3ctxlq1ktw2nl.cloudfront.net%2Fstaging%2F2023-0-1%2Fx.mp3',
    ],
    [
      'an analytics prefix chain',
      'https://dts.podtrac.com/redirect.mp3/chrt.fm/track/ABC/traffic.megaphone.fm/XYZ123.mp3?updated=1700000000',
    ],
    ['reserved characters and a fragment', "https://cdn.example.de/a;b=c/d@e!$&'()*+,[x].mp3?q=1&r=%20#t=10"],
    ['plain http', 'http://media.example.com/ep%201.mp3'],
  ])('%s stays byte for byte', (_, url) => {
    expect(encodeUrlOnce(url)).toBe(url);
    expect(absoluteUrl('https://podcast.example.de', url)).toBe(url);
  });

  it.each([
    ['a space', 'https://x.de/a b.mp3', 'https://x.de/a%20b.mp3'],
    ['umlauts and emoji', 'https://x.de/ü🎙.mp3', 'https://x.de/%C3%BC%F0%9F%8E%99.mp3'],
    ['a stray percent sign', 'https://x.de/100%.mp3?a=%2', 'https://x.de/100%25.mp3?a=%252'],
    [
      'quotes, angle brackets, braces, pipe, caret, backtick, backslash',
      'https://x.de/"<>{}|^`\\',
      'https://x.de/%22%3C%3E%7B%7D%7C%5E%60%5C',
    ],
    ['control characters', 'https://x.de/a\tb\u0000', 'https://x.de/a%09b%00'],
    ['a lone surrogate', 'https://x.de/\uD800.mp3', 'https://x.de/%EF%BF%BD.mp3'],
  ])('%s is encoded once', (_, url, encoded) => {
    expect(encodeUrlOnce(url)).toBe(encoded);
    expect(encodeUrlOnce(encoded)).toBe(encoded);
  });
});
