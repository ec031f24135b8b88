import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translate';
import { dictionaries } from '../../src/i18n/ui';
import { episodeSlugFromFile } from '../../src/lib/base/slug';
import { episodeLabel, minutesLabel } from '../../src/lib/episode-format';
import { absoluteUrl, archivePath, episodePath, topicPath } from '../../src/lib/urls';

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
  ])('absolute URL of %s is %s, encoded once', (path, url) => {
    expect(absoluteUrl('https://podcast.example.de', path)).toBe(url);
  });
});
