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
    [
      'a license SPDX does not know, without its text',
      `${valid}license: Alle Rechte vorbehalten\n`,
      'settings.yaml: license: "Alle Rechte vorbehalten" is no SPDX license identifier',
    ],
    [
      'a license address without a license',
      `${valid}licenseUrl: https://example.de/lizenz\n`,
      'settings.yaml: license: expected the license name beside licenseUrl',
    ],
    [
      'a license text that is a script',
      `${valid}license: x\nlicenseUrl: "javascript:alert(1)"\n`,
      'settings.yaml: licenseUrl: expected a web address',
    ],
    [
      'a recurrence rule apps cannot read',
      `${valid}updateFrequency: { text: Alle zwei Wochen, rrule: "FREQ=FORTNIGHTLY" }\n`,
      'settings.yaml: updateFrequency.rrule: FREQ=FORTNIGHTLY is not a valid value',
    ],
    [
      'a limited schedule without start',
      `${valid}updateFrequency: { text: Zehn Folgen, rrule: "FREQ=WEEKLY;COUNT=10" }\n`,
      'settings.yaml: updateFrequency.rrule: COUNT needs a start: set dtstart',
    ],
    [
      'a schedule for a complete show',
      `${valid}complete: true\nupdateFrequency: { text: Wöchentlich, rrule: FREQ=WEEKLY }\n`,
      'settings.yaml: updateFrequency.rrule: a complete show releases nothing more',
    ],
    [
      'a schedule start that is no date',
      `${valid}updateFrequency: { text: Wöchentlich, dtstart: nächste Woche }\n`,
      'settings.yaml: updateFrequency.dtstart: expected an ISO 8601 date',
    ],
    ['a schedule of 129 characters', `${valid}updateFrequency: { text: "${'x'.repeat(129)}" }\n`, 'settings.yaml: updateFrequency.text:'],
    [
      'a recommendation without guid',
      `${valid}podroll: [{ title: Betriebsklima, feedUrl: "https://b.example/feed.xml" }]\n`,
      'settings.yaml: podroll.0.feedGuid: expected the podcast:guid of the recommended podcast',
    ],
    [
      'a recommendation whose site is a script',
      `${valid}podroll: [{ title: B, feedGuid: 917393e3-1b1e-5cef-ace4-edaa54e1f810, url: "javascript:alert(1)" }]\n`,
      'settings.yaml: podroll.0.url: expected a web address',
    ],
    [
      'a statistics prefix without the closing slash',
      `${valid}downloadStatistics: { prefix: "https://op3.dev/e" }\n`,
      'settings.yaml: downloadStatistics.prefix: expected the prefix address ending with "/"',
    ],
    [
      'a statistics prefix with a query',
      `${valid}downloadStatistics: { prefix: "https://stats.example/?u=/" }\n`,
      'settings.yaml: downloadStatistics.prefix: expected the prefix address ending with "/"',
    ],
    [
      'a statistics prefix over http',
      `${valid}downloadStatistics: { prefix: "ftp://op3.dev/e/" }\n`,
      'settings.yaml: downloadStatistics.prefix: expected a web address',
    ],
    [
      'Apple’s code twice',
      `${valid}applePodcastsVerify: abc\ntxt: [{ text: abc, purpose: applepodcastsverify }]\n`,
      "settings.yaml: applePodcastsVerify: Apple's code is also in txt",
    ],
  ])('%s names the file and the field', (_, yaml, message) => {
    expect(() => loadSettings(settingsDir(yaml), 'settings.yaml')).toThrow(message);
  });

  it('reads the settings for podcast apps', () => {
    const yaml = `${valid}license: cc-by-4.0
updateFrequency: { text: Alle zwei Wochen, rrule: "FREQ=WEEKLY;INTERVAL=2;COUNT=10", dtstart: "2024-01-08" }
complete: false
podroll: [{ title: "B & <C>", feedGuid: 917393e3-1b1e-5cef-ace4-edaa54e1f810 }]
downloadStatistics: { prefix: "https://op3.dev/e/" }
owner: { name: Oliver, email: oliver@example.de, emailInFeed: false }
`.replace('owner: { name: Oliver, email: oliver@example.de }\n', '');
    expect(loadSettings(settingsDir(yaml), 'settings.yaml')).toMatchObject({
      license: 'cc-by-4.0',
      updateFrequency: { text: 'Alle zwei Wochen', rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=10', dtstart: '2024-01-08' },
      complete: false,
      podroll: [{ title: 'B & <C>', feedGuid: '917393e3-1b1e-5cef-ace4-edaa54e1f810' }],
      downloadStatistics: { prefix: 'https://op3.dev/e/', withScheme: false },
      owner: { emailInFeed: false },
    });
  });
});
