import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';

let parser: Parser | undefined;

/**
 * A built page as a DOM tree with source offsets, from html-validate's parser:
 * the gates read pages the way the validator does, never with patterns.
 */
export async function parseHtml(html: string): Promise<HtmlElement> {
  parser ??= new Parser(await new StaticConfigLoader({ extends: [] }).getConfigFor('page.html'));
  return parser.parseHtml(html);
}
