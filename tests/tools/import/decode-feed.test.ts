import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charsetOf, decodeFeed, fieldsWithReplacement } from '../../../tools/import/decode-feed';
import { parsePodcastFeed } from '../../../tools/import/podcast-feed';

const latin1 = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, endian: 'le' | 'be', bom: boolean) => {
  const bytes = Buffer.from(text, 'utf16le');
  if (endian === 'be') bytes.swap16();
  return Uint8Array.from([...(bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : []), ...bytes]);
};
const declared = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?><rss><title>Grüße</title></rss>`;

describe('a feed is read in the encoding it says', () => {
  it.each([
    ['UTF-8 without declaration', utf8('<rss><title>Grüße</title></rss>'), undefined, 'utf-8'],
    ['UTF-8 with byte order mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(declared('UTF-8'))]), undefined, 'utf-8'],
    ['ISO-8859-1 by declaration', latin1(declared('ISO-8859-1')), undefined, 'windows-1252'],
    ['Windows-1252 by declaration', latin1(declared('windows-1252')), undefined, 'windows-1252'],
    [
      'single quotes and spaces in the declaration',
      latin1(`\n  <?xml version='1.0'  encoding = 'iso-8859-1' ?><rss><title>Grüße</title></rss>`),
      undefined,
      'windows-1252',
    ],
    ['UTF-16 LE with byte order mark', utf16(declared('UTF-16'), 'le', true), undefined, 'utf-16le'],
    ['UTF-16 BE with byte order mark', utf16(declared('UTF-16'), 'be', true), undefined, 'utf-16be'],
    ['UTF-16 LE without byte order mark', utf16(declared('UTF-16'), 'le', false), undefined, 'utf-16le'],
    ['UTF-16 BE without byte order mark', utf16(declared('UTF-16'), 'be', false), undefined, 'utf-16be'],
    ['the server charset when the feed declares none', latin1('<rss><title>Grüße</title></rss>'), 'ISO-8859-1', 'windows-1252'],
    ['the declaration before the server charset', utf8(declared('UTF-8')), 'ISO-8859-1', 'utf-8'],
    ['the byte order mark before the declaration', utf16(declared('ISO-8859-1'), 'le', true), undefined, 'utf-16le'],
    ['a UTF-16 declaration in a document that is plainly 8-bit', utf8(declared('UTF-16')), undefined, 'utf-8'],
  ])('%s', (_, bytes, httpCharset, encoding) => {
    const feed = decodeFeed(bytes, 'feed.xml', httpCharset);
    expect(feed).toMatchObject({ encoding, invalidBytes: false });
    expect(feed.text).toContain('<title>Grüße</title>');
    expect(feed.text.startsWith('\uFEFF')).toBe(false);
  });

  it.each([
    ['a lone continuation byte in UTF-8', Uint8Array.from([...utf8('<rss><title>Gr'), 0x9f, ...utf8('e</title></rss>')]), 'utf-8'],
    ['Latin-1 bytes in a feed that declares UTF-8', latin1(declared('UTF-8')), 'utf-8'],
    ['an odd number of bytes in UTF-16', Uint8Array.from([...utf16('<rss/>', 'le', true), 0x41]), 'utf-16le'],
  ])('%s is flagged, not silently replaced', (_, bytes, encoding) => {
    const feed = decodeFeed(bytes, 'feed.xml');
    expect(feed).toMatchObject({ encoding, invalidBytes: true });
    expect(feed.text).toContain('\uFFFD');
  });

  it.each([
    ['EBCDIC-XYZ', 'EBCDIC-XYZ'],
    ['x" onload="', 'x'],
  ])('an unknown encoding %j is refused with a clear message', (written, label) => {
    expect(() => decodeFeed(latin1(`<?xml version="1.0" encoding="${written}"?><rss/>`), 'alt.xml')).toThrow(
      `alt.xml: the feed is written in the encoding "${label}", which the importer cannot read; save it as UTF-8 and import the file. Nothing was written.`,
    );
  });

  it.each([
    ['text/xml; charset=ISO-8859-1', 'ISO-8859-1'],
    ['application/rss+xml;charset="utf-8"', 'utf-8'],
    ['text/xml', undefined],
    [null, undefined],
  ])('Content-Type %j → charset %j', (contentType, charset) => {
    expect(charsetOf(contentType)).toBe(charset);
  });
});

describe('the encoding fixtures keep their umlauts through the feed parser', () => {
  it.each([['iso-8859-1.xml'], ['utf-16le-bom.xml']])('%s', (name) => {
    const feed = decodeFeed(readFileSync(`tests/fixtures/feeds/${name}`), name);
    const { channel, items } = parsePodcastFeed(feed.text, name);
    expect(channel.title).toBe('Grüße aus Österreich');
    expect(items[0]!.title).toBe('Über Größe, Maß und Öl');
    expect(items[0]!.psc?.chapters?.[1]?.title).toBe('Fünf Äpfel für Jürgen');
  });
});

describe('fields with replaced bytes are named', () => {
  it('by their path in the parsed item', () => {
    expect(
      fieldsWithReplacement({ title: 'Gr\uFFFDße', itunes: { summary: 'ok' }, psc: { chapters: [{ title: 'a' }, { title: '\uFFFD' }] } }),
    ).toEqual(['title', 'psc.chapters[1].title']);
  });
});
