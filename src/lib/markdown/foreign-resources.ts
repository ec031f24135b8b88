import { markdownToHtml, mdxToJs, type HastNode, type HastPluginEntry, type MdxJsxAttributeUnion } from 'satteri';
import { foreignResourcesInHtml, foreignResourcesOfElement, type ForeignResource } from '../foreign-resources';

/**
 * Finds resources from other sites in a Markdown or MDX body, reading it with
 * the same parser the site renders it with: Markdown images, raw HTML and MDX
 * elements alike. Only the content check calls this; a Sätteri plugin cannot
 * stop Astro's build (Astro logs an error thrown while it renders an entry
 * and publishes the page without its text).
 */

/** A body without any of these cannot load anything from another site, so most episodes skip the parse. */
const MAYBE_FOREIGN = /!\[|<[a-z][^>]*\s(?:src|srcset|poster|data|href|background|style|xlink:href)\s*=|url\(|@import/i;

const HAST_ATTRIBUTE_NAMES: Record<string, string> = { srcSet: 'srcset', xLinkHref: 'xlink:href' };

type Element = Extract<HastNode, { type: 'element' }>;

function htmlAttributes(properties: Element['properties']): Record<string, string> {
  return Object.fromEntries(
    Object.entries(properties ?? {}).map(([name, value]) => [
      HAST_ATTRIBUTE_NAMES[name] ?? name.toLowerCase(),
      Array.isArray(value) ? value.join(' ') : String(value),
    ]),
  );
}

/** String literals in a JSX expression like `{"https://…"}`: the addresses it can hold without running code. */
function stringLiterals(expression: string): string[] {
  return [...expression.matchAll(/(["'`])((?:\\.|(?!\1)[^\\])*)\1/g)].map((match) => match[2]!);
}

function jsxAttributes(attributes: readonly MdxJsxAttributeUnion[]): Record<string, string>[] {
  const plain: Record<string, string> = {};
  const fromExpressions: Record<string, string>[] = [];
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const name = HAST_ATTRIBUTE_NAMES[attribute.name] ?? attribute.name.toLowerCase();
    if (typeof attribute.value === 'string') plain[name] = attribute.value;
    else if (attribute.value) for (const literal of stringLiterals(attribute.value.value)) fromExpressions.push({ [name]: literal });
  }
  return [plain, ...fromExpressions];
}

export function foreignResourcesInMarkdown(body: string, format: 'md' | 'mdx', siteOrigin: string): ForeignResource[] {
  if (!MAYBE_FOREIGN.test(body) || !body.includes('//')) return [];
  const found: ForeignResource[] = [];
  const jsx = {
    filter: [],
    visit(node: Readonly<{ name: string | null; attributes: MdxJsxAttributeUnion[] }>) {
      if (!node.name) return;
      for (const attributes of jsxAttributes(node.attributes)) found.push(...foreignResourcesOfElement(node.name, attributes, siteOrigin));
    },
  };
  const collect: HastPluginEntry = {
    name: 'foreign-resources',
    element: {
      filter: [],
      visit(node) {
        const element = node as Element;
        found.push(...foreignResourcesOfElement(element.tagName, htmlAttributes(element.properties), siteOrigin));
      },
    },
    raw(node) {
      found.push(...foreignResourcesInHtml(node.value, siteOrigin));
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
  };
  if (format === 'mdx') mdxToJs(body, { hastPlugins: [collect] });
  else markdownToHtml(body, { hastPlugins: [collect] });
  return found;
}
