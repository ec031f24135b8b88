import { describe, expect, it } from 'vitest';
import { imageBaseName, imageKindOf } from '../../../tools/import/images';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('the bytes decide what an image is', () => {
  it.each([
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'jpg'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'png'],
    ['a GIF tracker pixel', text('GIF89a\x01\x00\x01\x00'), undefined],
    ['an SVG with a script', text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), undefined],
    ['an HTML error page', text('<!doctype html><h1>403</h1>'), undefined],
    ['a WebP', text('RIFF\x00\x00\x00\x00WEBPVP8 '), undefined],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e, 0x47), undefined],
    ['nothing', bytes(), undefined],
  ])('%s → %j', (_, content, kind) => {
    expect(imageKindOf(content)).toBe(kind);
  });
});

describe('downloaded images are named by their address', () => {
  it.each([
    ['https://h.example/ep/Cover%20Größe.PNG?v=2', /^cover-groesse-[0-9a-f]{10}$/],
    ['https://h.example/', /^bild-[0-9a-f]{10}$/],
    ['https://h.example/%E0%A4%A.jpg', /^e0-a4-a-[0-9a-f]{10}$/],
    ['https://h.example/../../etc/passwd', /^passwd-[0-9a-f]{10}$/],
    [`https://h.example/${'sehr-langer-name-'.repeat(20)}.jpg`, /^[a-z-]{1,40}-[0-9a-f]{10}$/],
  ])('%s → a plain file name', (url, name) => {
    expect(imageBaseName(url)).toMatch(name);
  });

  it('the same address always gives the same name, another address another one', () => {
    expect(imageBaseName('https://h.example/cover.jpg?v=1')).toBe(imageBaseName('https://h.example/cover.jpg?v=1'));
    expect(imageBaseName('https://h.example/cover.jpg?v=1')).not.toBe(imageBaseName('https://h.example/cover.jpg?v=2'));
  });
});
