import { describe, expect, it } from 'vitest';
import { isSlug, slugify, topicSlug, uniqueSlug } from '../../../src/lib/base/slug';

describe('slugify makes ASCII URLs the way Germans spell without umlauts', () => {
  it.each([
    ['Vertraust du deiner IT?', 'vertraust-du-deiner-it'],
    ['Größe & Maß', 'groesse-mass'],
    ['Über Äpfel und Öl', 'ueber-aepfel-und-oel'],
    ['Café crème', 'cafe-creme'],
    ['  --IT-Sicherheit--  ', 'it-sicherheit'],
    ['SLA: 99,9 %', 'sla-99-9'],
    ['Emoji 😀 bleibt draußen', 'emoji-bleibt-draussen'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('isSlug accepts only what can be served unchanged', () => {
  it.each(['042-vertraust-du-deiner-it', 'a', '2024'])('%j is a slug', (text) => expect(isSlug(text)).toBe(true));
  it.each(['Folge Eins', 'über', 'a--b', '-a', 'a-', 'A', 'a_b', '../etc', ''])('%j is not', (text) => expect(isSlug(text)).toBe(false));
});

describe('topicSlug gives topics in any script a working address', () => {
  it.each([
    ['IT-Sicherheit', 'it-sicherheit'],
    ['Größe & Maß', 'groesse-mass'],
    ['Café crème', 'cafe-creme'],
    ['日本語', '日本語'],
    ['Русский язык', 'русский-язык'],
    ['العربية', 'العربية'],
    ['हिन्दी', 'हिन्दी'],
    ['한국어', '한국어'],
    ['Ørsted & Co', 'ørsted-co'],
    ['!!!', ''],
    ['😀', ''],
    ['\u200B', ''],
  ])('%j → %j', (name, slug) => {
    expect(topicSlug(name)).toBe(slug);
  });

  it('German topics keep the addresses they had', () => {
    for (const name of ['Vertrauen', 'Remote-Arbeit', 'IT-Dienstleister', 'Über Äpfel']) expect(topicSlug(name)).toBe(slugify(name));
  });
});

describe('uniqueSlug gives a second file for one title a name of its own', () => {
  it.each([
    ['folge', [], 'folge'],
    ['folge', ['folge'], 'folge-2'],
    ['folge', ['folge', 'folge-2', 'folge-3'], 'folge-4'],
    ['folge', ['folge-2'], 'folge'],
  ])('%s beside %j is %s', (base, taken, slug) => {
    expect(uniqueSlug(base, new Set(taken))).toBe(slug);
  });
});
