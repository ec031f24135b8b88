/**
 * ASCII slugs for URLs. German letters are transliterated the way Germans write
 * them without umlauts (`ä` → `ae`, `ß` → `ss`) rather than stripped (`ä` → `a`).
 */
const TRANSLITERATION: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS',
};

export function slugify(text: string): string {
  return text
    .replace(/[äöüÄÖÜßẞ]/g, (letter) => TRANSLITERATION[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What a file name must look like to be served as `/folgen/<slug>/`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}
