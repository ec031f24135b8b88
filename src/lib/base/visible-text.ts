/**
 * Characters that take no room on a page: white space, format and control
 * characters (zero-width spaces and joiners, direction marks, the byte order
 * mark, soft hyphens), variation selectors and the Hangul fillers. A title made
 * only of these would publish an empty heading and an empty feed title.
 */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Z}\p{Variation_Selector}\u034F\u115F\u1160\u3164\uFFA0]/gu;

export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '') !== '';
}
