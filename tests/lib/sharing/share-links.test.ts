import { describe, expect, it } from 'vitest';
import {
  mailtoUrl,
  mastodonInstance,
  mastodonShareUrl,
  shareMessage,
  shareTargets,
  shareUrl,
  whatsappUrl,
  type ShareContent,
} from '../../../src/lib/sharing/share-links';

const episodeUrl = 'https://klartext-it.example.de/folgen/004-vertraust-du-deiner-it/';
const hostile: ShareContent = {
  url: 'https://klartext-it.example.de/folgen/über-&-mehr/?a=1&b=2#kapitel',
  title: 'Grüße & Küsse: „Vertrauen“ 🎧 #1 + 100%',
  text: 'Hör mal rein 👉 Fachbereich & IT? = Klartext!',
};

/** The value a network's share page receives for one query parameter. */
function param(href: string, name: string): string | null {
  const query = href.slice(href.indexOf('?') + 1);
  return new URLSearchParams(query).get(name);
}

describe('share links', () => {
  it.each(shareTargets)('%s carries the episode URL so the recipient lands on the episode', (target) => {
    const href = shareUrl(target, { url: episodeUrl, title: 'Vertraust du deiner IT?', text: 'Hörenswert:' });
    expect(decodeURIComponent(href)).toContain(episodeUrl);
  });

  it.each([
    ['email', 'body'],
    ['whatsapp', 'text'],
    ['bluesky', 'text'],
  ] as const)('%s keeps umlauts, emoji and & intact inside the message', (target, name) => {
    const href = shareUrl(target, hostile);
    expect(param(href, name)).toBe(shareMessage(hostile));
  });

  it.each([
    ['linkedin', 'url'],
    ['xing', 'url'],
    ['x', 'url'],
  ] as const)('%s receives the full URL, query string and fragment included, as one parameter', (target, name) => {
    expect(param(shareUrl(target, hostile), name)).toBe(hostile.url);
  });

  it('X gets the text separately from the link', () => {
    expect(param(shareUrl('x', hostile), 'text')).toBe(hostile.text);
  });

  it('the mail subject is the title, spaces as %20 so mail programs show no plus signs', () => {
    const href = shareUrl('email', hostile);
    expect(param(href, 'subject')).toBe(hostile.title);
    expect(href).not.toContain('+');
    expect(href).toMatch(/^mailto:\?subject=/);
  });

  it.each(shareTargets)('%s never lets a "&" or "#" in the content end its parameter early', (target) => {
    const href = shareUrl(target, hostile);
    const query = href.slice(href.indexOf('?') + 1);
    expect(query).not.toMatch(/[#\s]/);
    expect(query.split('&').every((pair) => /^[a-z]+=/.test(pair))).toBe(true);
  });

  it('a message without text is just the link', () => {
    expect(shareMessage({ url: episodeUrl, text: '' })).toBe(episodeUrl);
  });

  it('mailto and WhatsApp links can be built for any ready-made message', () => {
    expect(mailtoUrl('Hallo', 'Zeile 1\nZeile 2')).toBe('mailto:?subject=Hallo&body=Zeile%201%0AZeile%202');
    expect(whatsappUrl('Ä & Ö')).toBe('https://wa.me/?text=%C3%84%20%26%20%C3%96');
  });
});

describe('Mastodon server entered by the visitor', () => {
  it.each([
    ['mastodon.social', 'mastodon.social'],
    ['  Chaos.Social  ', 'chaos.social'],
    ['https://norden.social/', 'norden.social'],
    ['http://social.example.de//', 'social.example.de'],
    ['@oliver@det.social', 'det.social'],
    ['oliver@mastodon.online', 'mastodon.online'],
    ['xn--mnchen-3ya.social', 'xn--mnchen-3ya.social'],
  ])('%j is understood as %s', (input, host) => {
    expect(mastodonInstance(input)).toBe(host);
  });

  it.each([
    [''],
    ['   '],
    ['javascript:alert(1)'],
    ['mastodon'],
    ['mastodon.social/share?text=x'],
    ['evil.example/@x'],
    ['ftp://mastodon.social'],
    ['mastodon social'],
    ['-bad.example'],
    ['"><script>.de'],
  ])('%j is refused rather than turned into a link', (input) => {
    expect(mastodonInstance(input)).toBeUndefined();
    expect(mastodonShareUrl(input, { url: episodeUrl, text: 'x' })).toBeUndefined();
  });

  it('the share page on the chosen server gets the message with the encoded episode URL', () => {
    const href = mastodonShareUrl('@oliver@chaos.social', hostile)!;
    expect(href.startsWith('https://chaos.social/share?text=')).toBe(true);
    expect(param(href, 'text')).toBe(shareMessage(hostile));
  });
});
