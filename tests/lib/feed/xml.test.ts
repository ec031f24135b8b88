import { describe, expect, it } from 'vitest';
import { cdata, el, escapeXml, serialize, text, xmlDocument } from '../../../src/lib/feed/xml';
import { parseXml } from '../../../quality/feed-check';

describe('XML escaping', () => {
  it.each([
    ['plain', 'Klartext IT', 'Klartext IT'],
    ['ampersand', 'IT & Fachbereich', 'IT &amp; Fachbereich'],
    ['angle brackets', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['quotes', `"Zitat" und 'Zitat'`, '&quot;Zitat&quot; und &apos;Zitat&apos;'],
    ['umlauts and emoji stay as UTF-8', 'Über Größe 😀', 'Über Größe 😀'],
    ['an entity is escaped, not kept', '&amp;', '&amp;amp;'],
    ['control characters XML forbids are dropped', 'Vor\u0000\u0008her', 'Vorher'],
    ['empty text', '', ''],
  ])('%s', (_, input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('CDATA sections', () => {
  it.each([
    ['html', '<p>Hallo</p>'],
    ['a closing marker', 'a ]]> b'],
    ['two closing markers in a row', ']]>]]>'],
    ['ends in brackets', 'Liste [[1]]'],
    ['emoji and umlauts', 'Grüße 😀 & mehr'],
  ])('keep %s intact through a parser', (_, value) => {
    const { root, errors } = parseXml(`<x>${cdata(value)}</x>`);
    expect(errors).toEqual([]);
    expect(root?.text).toBe(value);
  });
});

describe('serialising a tree', () => {
  it('indents children, self-closes empty elements and escapes attributes', () => {
    const tree = el('a', { href: 'https://x.de/?a=1&b="2"' }, [el('b', {}, text('1 < 2')), el('c', { skip: undefined }), undefined]);
    expect(serialize(tree)).toBe('<a href="https://x.de/?a=1&amp;b=&quot;2&quot;">\n  <b>1 &lt; 2</b>\n  <c/>\n</a>');
  });

  it('writes text that looks like a number exactly as given', () => {
    expect(serialize(el('guid', {}, text('0815')))).toBe('<guid>0815</guid>');
  });

  it('starts the document with the XML declaration and ends it with a newline', () => {
    expect(xmlDocument(el('rss'))).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<rss/>\n');
  });
});
