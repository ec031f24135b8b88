import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { ShareImageContent } from './share-content';
import { drawableLine, fontsFor, PRIMARY_FONT_FAMILY, primaryFonts } from './share-fonts';
import { fileInFolder } from '../base/public-path';
import { SHARE_IMAGE } from '../urls';

/**
 * Share images (Open Graph, 1200×630): drawn at build time from the episode's
 * number and title and the podcast artwork, so every shared link gets its own
 * picture without any service.
 * Text is drawn in the faces of ./share-fonts.ts.
 * @see https://ogp.me/#structured
 */

const ARTWORK_SIZE = 380;
const colors = { background: '#0b4f4b', accent: '#7fd8cf', text: '#ffffff', muted: '#cde9e6' };

/**
 * Font size and text for a title so it fits four lines next to the artwork:
 * long titles get smaller type, overly long ones are cut at a word with an ellipsis.
 */
export function fitTitle(title: string): { text: string; fontSize: number } {
  const text = title.replace(/\s+/g, ' ').trim();
  const sizes = [
    { fontSize: 68, maxChars: 40 },
    { fontSize: 56, maxChars: 64 },
    { fontSize: 46, maxChars: 96 },
  ];
  const fitting = sizes.find(({ maxChars }) => text.length <= maxChars);
  if (fitting) return { text, fontSize: fitting.fontSize };
  const { fontSize, maxChars } = sizes.at(-1)!;
  const cut = text.slice(0, maxChars - 1);
  const atWord = cut.lastIndexOf(' ') > maxChars / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return { text: `${atWord.replace(/[\s,;:.–-]+$/, '')}…`, fontSize };
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown; [key: string]: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

/** The picture as satori's element tree (the shape React elements have, without React). */
export function shareImageTree(content: ShareImageContent, artworkDataUrl: string | undefined): Node {
  const title = fitTitle(content.title);
  const artwork = artworkDataUrl
    ? [
        el('img', { width: ARTWORK_SIZE, height: ARTWORK_SIZE, borderRadius: 24 }, undefined, {
          src: artworkDataUrl,
          width: ARTWORK_SIZE,
          height: ARTWORK_SIZE,
        }),
      ]
    : [];
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      alignItems: 'center',
      gap: 56,
      padding: '0 72px',
      background: colors.background,
      color: colors.text,
      fontFamily: PRIMARY_FONT_FAMILY,
    },
    [
      ...artwork,
      el('div', { display: 'flex', flexDirection: 'column', width: artworkDataUrl ? 648 : 1056, gap: 24 }, [
        el('div', { fontSize: 30, fontWeight: 700, color: colors.accent, textTransform: 'uppercase', letterSpacing: 2 }, content.kicker),
        el('div', { fontSize: title.fontSize, fontWeight: 700, lineHeight: 1.12 }, title.text),
        el('div', { fontSize: 28, fontWeight: 400, color: colors.muted, marginTop: 8 }, content.footer),
      ]),
    ],
  );
}

const artworkCache = new Map<string, Promise<string | undefined>>();

/**
 * The podcast artwork as a small PNG data URL, scaled once per build: handing
 * satori the 1400–3000 px original would decode it again for every episode.
 * Artwork hosted elsewhere is left out, since builds must not depend on the network.
 */
export function artworkDataUrl(artwork: string, publicDir = 'public'): Promise<string | undefined> {
  let cached = artworkCache.get(artwork);
  if (!cached) {
    cached = scaleArtwork(artwork, publicDir);
    artworkCache.set(artwork, cached);
  }
  return cached;
}

async function scaleArtwork(artwork: string, publicDir: string): Promise<string | undefined> {
  if (!artwork.startsWith('/')) return undefined;
  const file = fileInFolder(publicDir, artwork);
  const bytes = await readFile(file).catch(() => {
    throw new Error(`content/settings.yaml: artwork: public${artwork} does not exist; the share images need the podcast artwork.`);
  });
  const type = /\.png$/i.test(artwork) ? 'image/png' : 'image/jpeg';
  const size = ARTWORK_SIZE;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size}" height="${size}"><image width="${size}" height="${size}" preserveAspectRatio="xMidYMid slice" xlink:href="data:${type};base64,${bytes.toString('base64')}"/></svg>`;
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}

/** The content as the image can draw it (./share-fonts.ts): never an empty box for a character no bundled face has. */
export function drawableContent(content: ShareImageContent): ShareImageContent {
  return { kicker: drawableLine(content.kicker), title: drawableLine(content.title), footer: drawableLine(content.footer) };
}

/** A finished 1200×630 PNG. */
export async function renderShareImage(content: ShareImageContent, artwork: string | undefined): Promise<Uint8Array> {
  const svg = await satori(shareImageTree(drawableContent(content), artwork) as Parameters<typeof satori>[0], {
    ...SHARE_IMAGE,
    fonts: await primaryFonts(),
    loadAdditionalAsset: (_language, text) => fontsFor(text),
  });
  const { width, height, pixels } = new Resvg(svg, {
    fitTo: { mode: 'width', value: SHARE_IMAGE.width },
    font: { loadSystemFonts: false },
  }).render();
  return encodePng(width, height, pixels);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * RGBA pixels as a PNG. By hand because resvg-js encodes at one fixed, slow setting (6.6 ms of an image's
 * 19 ms) and pngjs took 15 ms; rows unfiltered and zlib at level 3 give the same size in 3 ms.
 * @see https://www.w3.org/TR/png-3/
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const stride = width * 4;
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // 8 bits per channel, colour type 6 (RGBA), deflate, adaptive filtering (each row says "none"), no interlace.
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows, { level: 3 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Bump when the picture's design changes, so cached images are drawn anew. */
const DESIGN_VERSION = 3;

/** Where the build cache keeps the image for this content and artwork. */
function cachedImageFile(content: ShareImageContent, artwork: string | undefined, cacheDir: string): string {
  const key = createHash('sha256')
    .update(JSON.stringify([DESIGN_VERSION, content, artwork ?? '']))
    .digest('hex')
    .slice(0, 32);
  return join(cacheDir, `${key}.png`);
}

async function drawIntoCache(file: string, content: ShareImageContent, artwork: string | undefined): Promise<Uint8Array> {
  const png = await renderShareImage(content, artwork);
  await mkdir(dirname(file), { recursive: true });
  // Another process may be drawing the same images (build/draw-share-images.ts): a file appears whole or not at all.
  const incoming = `${file}.${randomUUID()}.tmp`;
  await writeFile(incoming, png);
  await rename(incoming, file);
  return png;
}

/**
 * A share image from the build cache when title, line, footer and artwork are
 * unchanged: drawing takes about 16 ms, which adds up over hundreds of episodes.
 */
export async function cachedShareImage(
  content: ShareImageContent,
  artwork: string | undefined,
  cacheDir = '.cache/share-images',
): Promise<Uint8Array> {
  const file = cachedImageFile(content, artwork, cacheDir);
  return (await readFile(file).catch(() => undefined)) ?? drawIntoCache(file, content, artwork);
}

/** Draws the image into the build cache unless it is there already, without reading it. */
export async function ensureShareImage(
  content: ShareImageContent,
  artwork: string | undefined,
  cacheDir = '.cache/share-images',
): Promise<void> {
  const file = cachedImageFile(content, artwork, cacheDir);
  if (!existsSync(file)) await drawIntoCache(file, content, artwork);
}
