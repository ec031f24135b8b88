import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artworkProblem, checkPublicArtwork, colourModel, extensionProblem } from '../../../src/lib/feed/artwork';
import { jpegHeader, pngHeader } from '../../support/image-bytes';

describe('podcast artwork', () => {
  it.each([
    [{ width: 1400, height: 1400, type: 'jpg' }],
    [{ width: 3000, height: 3000, type: 'png' }],
    [{ width: 2048, height: 2048, type: 'jpg' }],
  ])('accepts %o', (facts) => {
    expect(artworkProblem(facts)).toBeUndefined();
  });

  it.each([
    [{ width: 1200, height: 1200, type: 'jpg' }, 'is 1200×1200 px; expected between 1400×1400 and 3000×3000 px'],
    [{ width: 3001, height: 3001, type: 'png' }, 'is 3001×3001 px; expected between 1400×1400 and 3000×3000 px'],
    [{ width: 1600, height: 1400, type: 'jpg' }, 'is 1600×1400 px, not square; expected a square of 1400 to 3000 px'],
    [{ width: 1400, height: 1400, type: 'webp' }, 'is WEBP; expected a JPEG or PNG'],
    [{ width: 1400, height: 1400, type: undefined }, 'is not an image; expected a JPEG or PNG'],
    [{ width: undefined, height: undefined, type: 'png' }, 'has no readable size; expected a square JPEG or PNG of 1400 to 3000 px'],
    [
      { width: 1400, height: 1400, type: 'jpg', colour: 'cmyk' as const },
      'is in CMYK; Apple Podcasts expects RGB colours (save it as sRGB)',
    ],
    [
      { width: 1400, height: 1400, type: 'png', colour: 'grey' as const },
      'is in greyscale; Apple Podcasts expects RGB colours (save it as sRGB)',
    ],
  ])('rejects %o', (facts, message) => {
    expect(artworkProblem(facts)).toBe(message);
  });

  it('measures the real file under public/ and names it', () => {
    const root = mkdtempSync(join(tmpdir(), 'artwork-'));
    mkdirSync(join(root, 'public'));
    writeFileSync(join(root, 'public/kaputt.jpg'), 'kein Bild');
    expect(checkPublicArtwork(root, '/fehlt.jpg')).toBe('the file public/fehlt.jpg does not exist');
    expect(checkPublicArtwork(root, '/kaputt.jpg')).toMatch(/^public\/kaputt\.jpg is not an image/);
    expect(checkPublicArtwork(process.cwd(), '/artwork.jpg')).toBeUndefined();
  });

  it.each([
    ['an RGB JPEG', jpegHeader(3), 'rgb'],
    ['a CMYK JPEG', jpegHeader(4), 'cmyk'],
    ['a greyscale JPEG', jpegHeader(1), 'grey'],
    ['an RGB PNG', pngHeader(2), 'rgb'],
    ['an RGBA PNG', pngHeader(6), 'rgb'],
    ['a palette PNG', pngHeader(3), 'rgb'],
    ['a greyscale PNG', pngHeader(0), 'grey'],
    ['a grey PNG with alpha', pngHeader(4), 'grey'],
    ['a JPEG cut off before its frame', jpegHeader(3).slice(0, 22), undefined],
    ['text', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), undefined],
    ['nothing', new Uint8Array(), undefined],
  ])('reads the colour model of %s', (_, bytes, model) => {
    expect(colourModel(bytes)).toBe(model);
  });

  it('reads the demo artwork as RGB', () => {
    expect(colourModel(readFileSync('public/artwork.jpg'))).toBe('rgb');
  });

  it.each([
    ['/artwork.jpg', 'jpg', undefined],
    ['/ARTWORK.JPEG', 'jpg', undefined],
    ['/cover.png', 'png', undefined],
    ['/cover.png', 'jpg', 'is a JPEG file named .png; expected .jpg'],
    ['/cover.jpg', 'png', 'is a PNG file named .jpg; expected .png'],
    ['/cover', 'png', 'is a PNG file without a file extension; expected .png'],
    ['/cover.webp', 'png', 'is a PNG file named .webp; expected .png'],
  ])('compares the name %s with its %s bytes', (path, type, problem) => {
    expect(extensionProblem(path, type)).toBe(problem);
  });

  it('refuses artwork under public/ in CMYK or named by the wrong type', () => {
    const root = mkdtempSync(join(tmpdir(), 'artwork-'));
    mkdirSync(join(root, 'public'));
    writeFileSync(join(root, 'public/druck.jpg'), jpegHeader(4));
    writeFileSync(join(root, 'public/cover.png'), jpegHeader(3));
    expect(checkPublicArtwork(root, '/druck.jpg')).toBe(
      'public/druck.jpg is in CMYK; Apple Podcasts expects RGB colours (save it as sRGB)',
    );
    expect(checkPublicArtwork(root, '/cover.png')).toBe('public/cover.png is a JPEG file named .png; expected .jpg');
  });
});
