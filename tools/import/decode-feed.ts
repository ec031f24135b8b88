import { NotAPodcastFeedError } from './podcast-feed.ts';

/**
 * A feed arrives as bytes, from a file or a server, and says its own encoding.
 * The importer reads it the way XML does: a byte order mark first, then the
 * XML declaration, then the server's charset, else UTF-8.
 * @see https://www.w3.org/TR/xml/#sec-guessing
 */

export interface DecodedFeed {
  text: string;
  /** The encoding's WHATWG name, like `utf-8` or `windows-1252`. */
  encoding: string;
  /** Some bytes were not valid in that encoding; they are U+FFFD in `text`. */
  invalidBytes: boolean;
}

export const REPLACEMENT_CHARACTER = '\uFFFD';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);

/** The encoding the first bytes prove: a byte order mark, or `<?` written in UTF-16 without one. */
function encodingFromBytes(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0x3c, 0x00, 0x3f, 0x00])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff]) || startsWith(bytes, [0x00, 0x3c, 0x00, 0x3f])) return 'utf-16be';
  return undefined;
}

/** The declaration is ASCII and near the start; 256 bytes hold any real one. */
const DECLARATION = /^\s*<\?xml\s[^>]{0,200}?\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/;

function encodingFromDeclaration(bytes: Uint8Array): string | undefined {
  const start = new TextDecoder('windows-1252').decode(bytes.subarray(0, 256));
  const declared = DECLARATION.exec(start)?.[1];
  // A document readable as ASCII up to here is not UTF-16, whatever it declares.
  return declared && !/^utf-?16/i.test(declared) ? declared : undefined;
}

/** `text/xml; charset=ISO-8859-1` → `ISO-8859-1`. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]{1,40})/i.exec(contentType ?? '')?.[1];
}

function decoderFor(label: string, source: string, fatal: boolean): TextDecoder {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    throw new NotAPodcastFeedError(
      `${source}: the feed is written in the encoding "${label}", which the importer cannot read; save it as UTF-8 and import the file. Nothing was written.`,
    );
  }
}

/** Text of a feed's bytes; `httpCharset` is what the server's Content-Type said, if anything. */
export function decodeFeed(bytes: Uint8Array, source: string, httpCharset?: string): DecodedFeed {
  const label = encodingFromBytes(bytes) ?? encodingFromDeclaration(bytes) ?? httpCharset ?? 'utf-8';
  const strict = decoderFor(label, source, true);
  try {
    return { text: strict.decode(bytes), encoding: strict.encoding, invalidBytes: false };
  } catch {
    return { text: new TextDecoder(strict.encoding).decode(bytes), encoding: strict.encoding, invalidBytes: true };
  }
}

/**
 * Where in a parsed value a U+FFFD stands, as paths like `content.encoded` or
 * `psc.chapters[1].title`, so a warning can name the field to fix.
 */
export function fieldsWithReplacement(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes(REPLACEMENT_CHARACTER) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((entry, index) => fieldsWithReplacement(entry, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) => fieldsWithReplacement(entry, path ? `${path}.${key}` : key));
  }
  return [];
}
