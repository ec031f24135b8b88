import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/lib/settings';

function settingsDir(yaml: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'settings-'));
  if (yaml !== undefined) writeFileSync(join(dir, 'settings.yaml'), yaml);
  return dir;
}

const valid = `
title: Klartext IT
description: Ein Podcast.
site: https://podcast.example.de
author: Oliver
owner: { name: Oliver, email: oliver@example.de }
host: { name: Oliver }
artwork: /artwork.jpg
categories: [Technology]
`;

describe('podcast settings', () => {
  it('the demo settings are valid', () => {
    expect(loadSettings().title).toBe('Klartext IT');
  });

  it('fills defaults a podcaster may leave out', () => {
    const settings = loadSettings(settingsDir(valid), 'settings.yaml');
    expect(settings).toMatchObject({ language: 'de', explicit: false, type: 'episodic', platforms: {}, episodesPerPage: 12 });
  });

  it.each([['pt-BR'], ['en-us'], ['zh-Hant-TW'], ['de']])('keeps the podcast language %s as written', (language) => {
    expect(loadSettings(settingsDir(`${valid}language: ${language}\n`), 'settings.yaml').language).toBe(language);
  });

  it.each([
    ['a missing file', undefined, 'settings.yaml: the settings file is missing'],
    ['broken YAML', 'title: [unclosed', 'settings.yaml: not valid YAML'],
    [
      'a wrong e-mail',
      valid.replace('oliver@example.de', 'oliver'),
      'settings.yaml: owner.email: expected an e-mail address (found "oliver")',
    ],
    ['a missing title', valid.replace('title: Klartext IT', ''), 'settings.yaml: title:'],
    [
      'a site without https',
      valid.replace('https://podcast.example.de', 'podcast.example.de'),
      'settings.yaml: site: expected a web address starting with https://',
    ],
    ['an artwork that is no path', valid.replace('/artwork.jpg', 'artwork.jpg'), 'settings.yaml: artwork: expected a path under public/'],
    ['a language that is no language tag', `${valid}language: deutsch!\n`, 'settings.yaml: language: expected a language tag'],
    ['an interface language without dictionary', `${valid}interfaceLanguage: fr\n`, 'settings.yaml: interfaceLanguage:'],
    [
      'a funding link to a script',
      `${valid}funding: [{ url: "javascript:alert(1)", label: Unterstützen }]\n`,
      'settings.yaml: funding.0.url: expected a path on this site',
    ],
    ['a funding link without label', `${valid}funding: [{ url: /togo/ }]\n`, 'settings.yaml: funding.0.label:'],
    [
      'a platform link that is no URL',
      `${valid}platforms: { spotify: "javascript:alert(1)" }\n`,
      'settings.yaml: platforms.spotify: expected a web address',
    ],
  ])('%s names the file and the field', (_, yaml, message) => {
    expect(() => loadSettings(settingsDir(yaml), 'settings.yaml')).toThrow(message);
  });
});
