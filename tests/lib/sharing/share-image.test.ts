import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translate';
import { artworkDataUrl, cachedShareImage, ensureShareImage, fitTitle, renderShareImage } from '../../../src/lib/sharing/share-image';
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
