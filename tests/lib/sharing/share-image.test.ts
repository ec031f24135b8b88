import { imageSize } from 'image-size';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translate';
import {
  artworkDataUrl,
  cachedShareImage,
  encodePng,
  ensureShareImage,
  fitTitle,
  renderShareImage,
} from '../../../src/lib/sharing/share-image';
import { episodeKicker } from '../../../src/lib/sharing/share-content';
import { SHARE_IMAGE } from '../../../src/lib/urls';

describe('share images', () => {
  it.each([
    [{ type: 'full', episode: 4, season: 1 }, 'Folge 4 · Staffel 1'],
    [{ type: 'full', episode: 12 }, 'Folge 12'],
    [{ type: 'trailer', season: 1 }, 'Trailer · Staffel 1'],
    [{ type: 'bonus' }, 'Bonus'],
  ] as const)('an episode %j is announced as %j', (data, kicker) => {
    expect(episodeKicker(data, createTranslator('de'))).toBe(kicker);
  });

  it.each([
    ['Warum dieser Podcast?', 68],
    ['Zwist zwischen IT und Fachbereich: wer zahlt?', 56],
    ['Outsourcing sauber beenden: Was in keinem Vertrag steht und trotzdem jeden betrifft', 46],
  ])('%j gets type size %i and stays whole', (title, fontSize) => {
    expect(fitTitle(title)).toEqual({ text: title, fontSize });
  });

  it('an overlong title is cut at a word and ends with an ellipsis', () => {
    const long = 'Ein sehr langer Titel, '.repeat(8);
    const { text, fontSize } = fitTitle(long);
    expect(fontSize).toBe(46);
    expect(text.length).toBeLessThanOrEqual(96);
    expect(text).toMatch(/[a-z]…$/);
    expect(long.startsWith(text.slice(0, -1))).toBe(true);
  });

  it('line breaks and runs of spaces in a title become single spaces', () => {
    expect(fitTitle('  Zwei\n  Zeilen  ').text).toBe('Zwei Zeilen');
  });

  it('renders a 1200×630 PNG with the artwork, and different titles give different images', async () => {
    const artwork = await artworkDataUrl('/artwork.jpg');
    expect(artwork).toMatch(/^data:image\/png;base64,/);
    const first = await renderShareImage({ kicker: 'Folge 1', title: 'Warum dieser Podcast?', footer: 'Klartext IT' }, artwork);
    const second = await renderShareImage(
      { kicker: 'Folge 2', title: 'Zwist zwischen IT und Fachbereich', footer: 'Klartext IT' },
      artwork,
    );
    expect(imageSize(first)).toMatchObject({ type: 'png', ...SHARE_IMAGE });
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).not.toBe(0);
  });

  it('survives umlauts, emoji and markup in a title', async () => {
    const png = await renderShareImage({ kicker: 'Bonus', title: 'Grüße 🎧 <b>&amp;</b> "Zitat"', footer: 'Klartext IT' }, undefined);
    expect(imageSize(png)).toMatchObject(SHARE_IMAGE);
  });

  it('artwork hosted elsewhere is left out instead of fetched during the build', async () => {
    await expect(artworkDataUrl('https://cdn.example.de/cover.jpg')).resolves.toBeUndefined();
  });

  it('missing artwork fails with the settings field and the file it looked for', async () => {
    await expect(artworkDataUrl('/fehlt.jpg')).rejects.toThrow('content/settings.yaml: artwork: public/fehlt.jpg does not exist');
  });
});

describe('share image cache', () => {
  it('draws an image once and reuses it while nothing changed', async () => {
    const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'share-images-'));
    try {
      const content = { kicker: 'Folge 1', title: 'Warum dieser Podcast?', footer: 'Klartext IT' };
      const first = await cachedShareImage(content, undefined, dir);
      const again = await cachedShareImage(content, undefined, dir);
      expect(Buffer.compare(Buffer.from(first), Buffer.from(again))).toBe(0);
      expect(readdirSync(dir)).toHaveLength(1);
      await cachedShareImage({ ...content, title: 'Ein neuer Titel' }, undefined, dir);
      expect(readdirSync(dir)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an image drawn ahead (build/draw-share-images.ts) is the one the page route gets, and two drawing at once leave one whole file', async () => {
    const { mkdtempSync, readdirSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'share-images-'));
    try {
      const content = { kicker: 'Folge 2', title: 'Zwist <zwischen> IT & „Fachbereich“ 🎙️', footer: 'Klartext IT' };
      await Promise.all([ensureShareImage(content, undefined, dir), ensureShareImage(content, undefined, dir)]);
      const files = readdirSync(dir);
      expect(files).toEqual([expect.stringMatching(/^[0-9a-f]{32}\.png$/)]);
      const drawnAhead = readFileSync(join(dir, files[0]!));
      expect(Buffer.compare(drawnAhead, Buffer.from(await cachedShareImage(content, undefined, dir)))).toBe(0);
      expect(Buffer.compare(drawnAhead, Buffer.from(await renderShareImage(content, undefined)))).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('PNG encoding of a drawn image', () => {
  /** Reads a PNG's chunks as the format defines them, checking each checksum. */
  function chunks(png: Buffer): { type: string; data: Buffer }[] {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const found: { type: string; data: Buffer }[] = [];
    for (let at = 8; at < png.length;) {
      const length = png.readUInt32BE(at);
      const typeAndData = png.subarray(at + 4, at + 8 + length);
      expect(png.readUInt32BE(at + 8 + length), `checksum of ${typeAndData.subarray(0, 4).toString('latin1')}`).toBe(crc32(typeAndData));
      found.push({ type: typeAndData.subarray(0, 4).toString('latin1'), data: typeAndData.subarray(4) });
      at += 12 + length;
    }
    return found;
  }

  it('writes the pixels it is given, row by row, as an RGBA PNG of their size', () => {
    const width = 3;
    const height = 2;
    const rgba = Uint8Array.from({ length: width * height * 4 }, (_, index) => (index * 37) % 256);
    const found = chunks(encodePng(width, height, rgba));
    expect(found.map(({ type }) => type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = found[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), ...header.subarray(8)]).toEqual([3, 2, 8, 6, 0, 0, 0]);
    const rows = inflateSync(found[1]!.data);
    // Each row starts with its filter, 0 for none, then the row's pixels as given.
    expect([...rows.subarray(0, 1), ...rows.subarray(13, 14)]).toEqual([0, 0]);
    expect(Buffer.concat([rows.subarray(1, 13), rows.subarray(14)]).equals(Buffer.from(rgba))).toBe(true);
  });

  it('a share image is a valid 1200×630 PNG of under 200 KB', async () => {
    const png = Buffer.from(
      await renderShareImage({ kicker: 'Folge 7', title: 'Projekte, die niemand stoppt', footer: 'Klartext IT' }, undefined),
    );
    const [header] = chunks(png);
    expect([header!.data.readUInt32BE(0), header!.data.readUInt32BE(4)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(200_000);
  });
});
