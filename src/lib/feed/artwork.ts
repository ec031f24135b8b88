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
}

/** What is wrong with the artwork, or `undefined` when Apple will accept it. */
export function artworkProblem({ width, height, type }: ImageFacts): string | undefined {
  if (type !== 'jpg' && type !== 'png') return `is ${type ? type.toUpperCase() : 'not an image'}; expected a JPEG or PNG`;
  if (!width || !height) return 'has no readable size; expected a square JPEG or PNG of 1400 to 3000 px';
  const size = `${width}×${height} px`;
  if (width !== height) return `is ${size}, not square; expected a square of ${ARTWORK_MIN} to ${ARTWORK_MAX} px`;
  if (width < ARTWORK_MIN || width > ARTWORK_MAX)
    return `is ${size}; expected between ${ARTWORK_MIN}×${ARTWORK_MIN} and ${ARTWORK_MAX}×${ARTWORK_MAX} px`;
  return undefined;
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
    const problem = artworkProblem({ width, height, type });
    return problem && `public${decodeURI(path)} ${problem}`;
  } catch {
    return `public${decodeURI(path)} is not an image; expected a square JPEG or PNG of ${ARTWORK_MIN} to ${ARTWORK_MAX} px`;
  }
}
