import { readFileSync } from 'node:fs';
import { imageSize } from 'image-size';
import { publicFile } from '../base/public-path';

/**
 * Apple rejects podcast artwork that is not a square JPEG or PNG of 1400 to
 * 3000 pixels, so the build measures the real file.
 * @see https://podcasters.apple.com/support/896-artwork-requirements
 */
export const ARTWORK_MIN = 1400;
export const ARTWORK_MAX = 3000;

export interface ImageFacts {
  width: number | undefined;
  height: number | undefined;
  /** As image-size names it: jpg, png, webp … */
  type: string | undefined;
  /** Left out where it was not read: then it is not judged. */
  colour?: ColourModel | undefined;
}

export type ColourModel = 'rgb' | 'grey' | 'cmyk';

/** JPEG start-of-frame markers (baseline, progressive, lossless, arithmetic); DHT, JPG and DAC sit between them. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

/**
 * The colour model of a JPEG or PNG, read from its header. By hand because
 * image-size reports size and type only. `undefined` for anything else.
 * @see https://www.w3.org/TR/png/#11IHDR
 * @see https://www.w3.org/Graphics/JPEG/itu-t81.pdf (B.2.2, frame header)
 */
export function colourModel(bytes: Uint8Array): ColourModel | undefined {
  if (bytes.length > 25 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[12] === 0x49 && bytes[13] === 0x48) {
    // Colour types 0 and 4 are grey (with alpha); 2, 3 (a palette of RGB entries) and 6 are RGB.
    return [0, 4].includes(bytes[25]!) ? 'grey' : [2, 3, 6].includes(bytes[25]!) ? 'rgb' : undefined;
  }
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return undefined;
    if (isStartOfFrame(marker)) {
      const components = bytes[offset + 9];
      return components === 1 ? 'grey' : components === 3 ? 'rgb' : components === 4 ? 'cmyk' : undefined;
    }
    offset += 2 + ((bytes[offset + 2]! << 8) | bytes[offset + 3]!);
  }
  return undefined;
}

/** What is wrong with the artwork, or `undefined` when Apple will accept it. */
export function artworkProblem({ width, height, type, colour }: ImageFacts): string | undefined {
  if (type !== 'jpg' && type !== 'png') return `is ${type ? type.toUpperCase() : 'not an image'}; expected a JPEG or PNG`;
  if (colour && colour !== 'rgb')
    return `is in ${colour === 'cmyk' ? 'CMYK' : 'greyscale'}; Apple Podcasts expects RGB colours (save it as sRGB)`;
  if (!width || !height) return 'has no readable size; expected a square JPEG or PNG of 1400 to 3000 px';
  const size = `${width}×${height} px`;
  if (width !== height) return `is ${size}, not square; expected a square of ${ARTWORK_MIN} to ${ARTWORK_MAX} px`;
  if (width < ARTWORK_MIN || width > ARTWORK_MAX)
    return `is ${size}; expected between ${ARTWORK_MIN}×${ARTWORK_MIN} and ${ARTWORK_MAX}×${ARTWORK_MAX} px`;
  return undefined;
}

/** Which image type each file extension names: Apple asks for .jpg or .png matching the file's format. */
const EXTENSION_TYPES: Record<string, string> = { jpg: 'jpg', jpeg: 'jpg', png: 'png' };

/** What is wrong between a file's name and its bytes, or `undefined` when they agree. */
export function extensionProblem(path: string, type: string | undefined): string | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  const named = extension && EXTENSION_TYPES[extension];
  if (!type || named === type) return undefined;
  const name = extension ? `named .${extension}` : 'without a file extension';
  return `is a ${type === 'jpg' ? 'JPEG' : type.toUpperCase()} file ${name}; expected .${type}`;
}

/** Measures a file under `public/`; `undefined` when it is fine, else why not. */
export function checkPublicArtwork(root: string, path: string): string | undefined {
  const file = publicFile(path, root);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return `the file public${decodeURI(path)} does not exist`;
  }
  try {
    const { width, height, type } = imageSize(bytes);
    const problem = artworkProblem({ width, height, type, colour: colourModel(bytes) }) ?? extensionProblem(path, type);
    return problem && `public${decodeURI(path)} ${problem}`;
  } catch {
    return `public${decodeURI(path)} is not an image; expected a square JPEG or PNG of ${ARTWORK_MIN} to ${ARTWORK_MAX} px`;
  }
}
