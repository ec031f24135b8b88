/**
 * The few XML primitives the feed needs. Text goes through `escapeXml` or `cdata`;
 * nothing reaches the output unescaped.
 * @see https://www.w3.org/TR/xml/#syntax
 */

/** Characters XML 1.0 forbids anywhere (control characters, lone surrogates, U+FFFE/U+FFFF). */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/**
 * A CDATA section holding `text` verbatim. A `]]>` inside would end the section
 * early, so it is split across two sections; parsers join them back.
 */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(FORBIDDEN, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

export type Attributes = Record<string, string | number | boolean | undefined>;

/** An element's content: escaped text, a CDATA section, or child elements. */
export type XmlContent = { text: string } | { cdata: string } | XmlElement[];

export interface XmlElement {
  name: string;
  attributes?: Attributes;
  content?: XmlContent;
}

/** Shorthand for building the tree; `undefined` children (optional tags) are left out. */
export function el(
  name: string,
  attributes: Attributes = {},
  content?: { text: string } | { cdata: string } | (XmlElement | undefined)[],
): XmlElement {
  if (!Array.isArray(content)) return { name, attributes, content };
  return { name, attributes, content: content.filter((child): child is XmlElement => child !== undefined) };
}

export const text = (value: string | number): { text: string } => ({ text: String(value) });

/** A number as decimal digits, never in exponent form (`0.00000005`, not `5e-8`), which feed parsers would misread. */
export const decimal = (value: number): string => value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });

function serializeAttributes(attributes: Attributes = {}): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/** Serialises an element with two-space indentation; the same tree always gives the same bytes. */
export function serialize(element: XmlElement, depth = 0): string {
  const indent = '  '.repeat(depth);
  const open = `${indent}<${element.name}${serializeAttributes(element.attributes)}`;
  const { content } = element;
  if (content === undefined || (Array.isArray(content) && content.length === 0)) return `${open}/>`;
  if (Array.isArray(content)) {
    return `${open}>\n${content.map((child) => serialize(child, depth + 1)).join('\n')}\n${indent}</${element.name}>`;
  }
  const inner = 'cdata' in content ? cdata(content.cdata) : escapeXml(content.text);
  return `${open}>${inner}</${element.name}>`;
}

/**
 * A complete document with the XML declaration and a final newline; with a
 * stylesheet, the processing instruction that lets browsers show it as a page
 * (apps ignore it). @see https://www.w3.org/TR/xml-stylesheet/
 */
export function xmlDocument(root: XmlElement, { stylesheet }: { stylesheet?: string } = {}): string {
  const instruction = stylesheet === undefined ? '' : `<?xml-stylesheet type="text/xsl" href="${escapeXml(stylesheet)}"?>\n`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${instruction}${serialize(root)}\n`;
}
