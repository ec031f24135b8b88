import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font } from 'satori';

/**
 * The typefaces share images draw text with: Inter, and for the characters
 * Inter lacks, Noto's faces for Hebrew, Arabic, Devanagari, Thai and emoji
 * (monochrome). Each @fontsource package splits its face into files by
 * Unicode range, as its CSS declares; satori asks for what a text misses
 * (`loadAdditionalAsset`), and gets the files that cover it. Chinese, Japanese
 * and Korean faces weigh 50–80 MB each and are not bundled: a text in those
 * scripts is left out of the image rather than drawn as empty boxes
 * (`drawableLine`).
 */

/**
 * The packages in the order they are asked (the first that covers a character
 * draws it), and for the script faces the one subset taken from each: their
 * Latin subsets would only repeat Inter, and the Arabic face's "symbols"
 * subset declares whole emoji blocks it has no glyphs for.
 */
export const SHARE_FONT_PACKAGES: readonly { name: string; subset?: string }[] = [
  { name: '@fontsource/inter' },
  { name: '@fontsource/noto-emoji' },
  { name: '@fontsource/noto-sans-hebrew', subset: 'hebrew' },
  { name: '@fontsource/noto-sans-arabic', subset: 'arabic' },
  { name: '@fontsource/noto-sans-devanagari', subset: 'devanagari' },
  { name: '@fontsource/noto-sans-thai', subset: 'thai' },
];

/** The weights the share image uses. */
export const SHARE_FONT_WEIGHTS = [400, 700] as const;
type Weight = (typeof SHARE_FONT_WEIGHTS)[number];

/** One file of a face: what it covers, as inclusive code point ranges. */
export interface FontFile {
  /** The WOFF file, relative to the package's CSS. */
  file: string;
  weight: number;
  ranges: [number, number][];
}

/** The @font-face rules of a @fontsource stylesheet: each WOFF file with its weight and unicode-range (no range: everything). */
export function parseFontFaces(css: string): FontFile[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, rule]) => {
    const file = /url\(([^)]+\.woff)\)\s*format\(['"]woff['"]\)/.exec(rule!)?.[1]?.replace(/^['"]|['"]$/g, '');
    const weight = Number(/font-weight:\s*(\d+)/.exec(rule!)?.[1] ?? 400);
    if (!file) return [];
    const range = /unicode-range:\s*([^;]+);/.exec(rule!)?.[1];
    const ranges = range
      ? range.split(',').map((part): [number, number] => {
          const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
          return [parseInt(from, 16), parseInt(to, 16)];
        })
      : ([[0, 0x10ffff]] as [number, number][]);
    return [{ file, weight, ranges }];
  });
}

/** Characters no face needs to draw: spaces, joiners, direction marks, variation selectors. */
const INVISIBLE = /^(?:\s|\p{Cf}|\p{Variation_Selector})$/u;
/** Declared by the emoji face's ranges but not drawn by it: flag letters and the keycap frame. */
const UNDRAWN = /^(?:\p{Regional_Indicator}|\u20E3)$/u;

const covers = (face: FontFile, codePoint: number) => face.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

/** The files (of faces listed in order of preference) that draw `text`: for each character, the first that covers it. */
export function filesFor<Face extends FontFile>(text: string, faces: readonly Face[]): { files: Face[]; missing: string[] } {
  const files = new Set<Face>();
  const missing = new Set<string>();
  for (const character of text) {
    if (INVISIBLE.test(character)) continue;
    const face = UNDRAWN.test(character) ? undefined : faces.find((candidate) => covers(candidate, character.codePointAt(0)!));
    if (face) files.add(face);
    else missing.add(character);
  }
  return { files: [...files], missing: [...missing] };
}

interface InstalledFile extends FontFile {
  /** Absolute path of the WOFF file. */
  path: string;
}

let installed: InstalledFile[] | undefined;

/** The files of every bundled face, in order of preference, at the weight the text has (the bold ones serve 700). */
export function installedFontFiles(weight: Weight): InstalledFile[] {
  installed ??= SHARE_FONT_PACKAGES.flatMap(({ name, subset }) =>
    SHARE_FONT_WEIGHTS.flatMap((w) => {
      const css = createRequire(import.meta.url).resolve(`${name}/${w}.css`);
      return parseFontFaces(readFileSync(css, 'utf8'))
        .filter(({ file }) => subset === undefined || file.endsWith(`-${subset}-${w}-normal.woff`))
        .map((face) => ({ ...face, path: join(dirname(css), face.file) }));
    }),
  );
  return installed.filter((face) => face.weight === weight);
}

/**
 * A line as the image can draw it: a symbol no bundled face has (★, ✓) is
 * left out of it; a letter or digit none has (Chinese, Korean, …) leaves the
 * whole line out, since part of a word would say something else.
 */
export function drawableLine(text: string, faces: readonly FontFile[] = installedFontFiles(700)): string {
  const { missing } = filesFor(text, faces);
  if (missing.some((character) => /[\p{L}\p{N}]/u.test(character))) return '';
  if (missing.length === 0) return text;
  return [...text]
    .filter((character) => !missing.includes(character))
    .join('')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The family the share image names: Inter's Latin files, which every title needs. */
export const PRIMARY_FONT_FAMILY = 'Inter';

let primary: Promise<Font[]> | undefined;

/** Inter's Latin files at every weight the image uses, as the one family satori starts from; the rest comes through `fontsFor`. */
export function primaryFonts(): Promise<Font[]> {
  primary ??= Promise.all(
    SHARE_FONT_WEIGHTS.map(async (weight) => {
      const latin = installedFontFiles(weight).find(({ file }) => file.endsWith(`/inter-latin-${weight}-normal.woff`))!;
      return { name: PRIMARY_FONT_FAMILY, data: await readFile(latin.path), weight, style: 'normal' as const };
    }),
  );
  return primary;
}

const loaded = new Map<string, Promise<Font>>();

/**
 * The face files that draw `text`, at every weight the image uses. Each file
 * is a font of its own name (`inter-latin-ext-normal`), its weights together:
 * satori falls back only between fonts of different names, and picks the
 * weight within one.
 */
export function fontsFor(text: string): Promise<Font[]> {
  return Promise.all(
    SHARE_FONT_WEIGHTS.flatMap((weight) =>
      filesFor(text, installedFontFiles(weight)).files.map((face) => {
        let font = loaded.get(face.path);
        if (!font) {
          const name = face.file
            .replace(/^.*\//, '')
            .replace(`-${weight}-`, '-')
            .replace(/\.woff$/, '');
          font = readFile(face.path).then((data) => ({ name, data, weight, style: 'normal' as const }));
          loaded.set(face.path, font);
        }
        return font;
      }),
    ),
  );
}
