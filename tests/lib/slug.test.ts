import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../src/lib/slug';

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
