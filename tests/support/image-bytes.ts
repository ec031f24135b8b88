/**
 * The first bytes of JPEG and PNG files, enough for image-size and for the
 * colour model, so tests can describe artwork without shipping image files.
 */

/** A JPEG header (JFIF, then a baseline frame) with `components` colour channels: 1 grey, 3 RGB, 4 CMYK. */
export function jpegHeader(components: number, width = 1400, height = 1400): Uint8Array {
  const frame = [0xff, 0xc0, 0, 8 + 3 * components, 8, height >> 8, height & 255, width >> 8, width & 255, components];
  for (let index = 1; index <= components; index += 1) frame.push(index, 0x11, 0);
  const jfif = [0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  return Uint8Array.from([0xff, 0xd8, ...jfif, ...frame, 0xff, 0xd9]);
}

/** A PNG signature and header chunk with the given colour type: 0 grey, 2 RGB, 3 palette, 4 grey and alpha, 6 RGBA. */
export function pngHeader(colourType: number, width = 1400, height = 1400): Uint8Array {
  const size = (value: number) => [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const header = [0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...size(width), ...size(height), 8, colourType, 0, 0, 0, 0, 0, 0, 0];
  return Uint8Array.from([...signature, ...header]);
}
