import { parseFragment } from 'parse5';

/**
 * Cue text as plain words: what each format wraps around them (tags, entities,
 * line wraps) comes off, and nothing else changes.
 */

/** `<v Oliver>`, `<c.gelb>`, `</i>`, `<00:01:02.500>`: in WebVTT a `<` always opens a tag, a literal one is `&lt;`. */
const WEBVTT_TAG = /<[^>]*>/g;
/** SubRip has no escaping, so only the tags players know come off; `a <b c` stays text. */
const SUBRIP_TAG = /<\/?(?:b|i|u|s|font|v|c|span|ruby|rt|lang)(?:[\s.][^<>]*)?>/gi;
/** `{\an8}`: positioning codes some SubRip editors carry over from ASS. */
const ASS_OVERRIDE = /\{\\[^}]*\}/g;
/** Named and numeric character references, strictly with their semicolon (`AT&T` and `R&D` stay as they are). */
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi;
/** C0 and C1 controls but tab and line breaks: they break Markdown, XML and terminals, and no one speaks them. */
// eslint-disable-next-line no-control-regex -- the controls are what this removes
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export type Markup = 'webvtt' | 'subrip' | 'none';

/** Decodes one reference with the HTML parser, which knows all of HTML's names; an unknown name stays as written. */
const decodeReference = (reference: string) => {
  const [node] = parseFragment(reference).childNodes;
  return node && 'value' in node ? node.value : reference;
};

export function decodeCharacterReferences(text: string): string {
  return text.includes('&') ? text.replace(CHARACTER_REFERENCE, decodeReference) : text;
}

/** Words of one cue's payload (it may span lines) on one line, without the markup of its format. */
export function cueText(payload: string, markup: Markup): string {
  let text = payload;
  if (markup === 'webvtt') text = decodeCharacterReferences(text.replace(WEBVTT_TAG, ''));
  if (markup === 'subrip') text = decodeCharacterReferences(text.replace(SUBRIP_TAG, '').replace(ASS_OVERRIDE, ''));
  return joinLines(text.split(/\r\n|[\r\n\u2028\u2029]/));
}

/** Scripts written without spaces between words: a line wrap there is no space. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}、。，．！？：；「」『』（）]/u;

/** What goes between two pieces of running text: a space between words, nothing inside Chinese, Japanese or Thai. */
export function separatorBetween(before: string, after: string): string {
  if (!before || !after) return '';
  const last = before.codePointAt(before.length - 1) ?? 0;
  const lastCharacter = String.fromCodePoint(last >= 0xdc00 && last <= 0xdfff ? before.codePointAt(before.length - 2)! : last);
  return UNSPACED.test(lastCharacter) && UNSPACED.test(String.fromCodePoint(after.codePointAt(0)!)) ? '' : ' ';
}

export const joinText = (before: string, after: string): string => `${before}${separatorBetween(before, after)}${after}`;

/** Lines (or segments) of running text as one line, white space between words squashed to one space, control characters gone. */
export function joinLines(lines: readonly string[]): string {
  return lines
    .map((line) =>
      line
        .replace(CONTROL, '')
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .reduce(joinText, '');
}
