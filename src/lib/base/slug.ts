/**
 * ASCII slugs for URLs. German letters are transliterated the way Germans write
 * them without umlauts (`ä` → `ae`, `ß` → `ss`) rather than stripped (`ä` → `a`).
 */
const TRANSLITERATION: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
};

const transliterateGerman = (text: string) => text.replace(/[äöüÄÖÜßẞ]/g, (letter) => TRANSLITERATION[letter] ?? letter);

export function slugify(text: string): string {
  return transliterateGerman(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The address part of a topic, which podcasters write in any script. Latin
 * letters come out as in `slugify`, so German topics keep their ASCII
 * addresses; letters and digits of other scripts stay as written
 * (`/themen/日本語/`, percent-encoded on the wire). Empty when the name has
 * no letter or digit at all, which makes no usable address.
 */
export function topicSlug(name: string): string {
  return transliterateGerman(name)
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^\p{M}+|^-+|-+$/gu, '');
}

/** What a file name must look like to be served as `/folgen/<slug>/`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

/**
 * The file name is the URL: `content/episodes/042-vertrauen.mdx` is served at
 * `/folgen/042-vertrauen/`. Only lowercase ASCII keeps the URL the same everywhere.
 */
export function episodeSlugFromFile(file: string): string {
  const name = file.split('/').pop() ?? file;
  const slug = name.replace(/\.mdx?$/, '');
  if (!isSlug(slug)) {
    throw new Error(
      `${file}: the file name is the episode's URL and must be lowercase letters, digits and hyphens (like 042-vertraust-du-deiner-it.mdx); rename it.`,
    );
  }
  return slug;
}

/** `base`, or `base-2`, `base-3` … whichever is not `taken` yet: how a second file for one title gets a name of its own. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}
