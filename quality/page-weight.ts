import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { HtmlElement } from 'html-validate';
import { parseHtml } from './html-dom.ts';

/** Bytes after gzip at its best level, what a static host sends when it compresses ahead of time. */
export const gzipBytes = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/** Bytes after brotli at its best level; most browsers accept it, not every static host offers it. */
export const brotliBytes = (content: string | Buffer) =>
  brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Script types the browser runs as JavaScript; JSON-LD and import maps are data. @see https://html.spec.whatwg.org/multipage/scripting.html#attr-script-type */
const isJavaScript = (script: HtmlElement) => {
  const type = (script.getAttributeValue('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
};

/**
 * External classic scripts without `async` or `defer`: the parser stops at each
 * until it is downloaded and run, so nothing below it renders in the meantime.
 * Module scripts are deferred by default.
 * @see https://html.spec.whatwg.org/multipage/scripting.html#attr-script-defer
 */
export async function renderBlockingScripts(html: string): Promise<string[]> {
  const document = await parseHtml(html);
  return document
    .querySelectorAll('script[src]')
    .filter(
      (script) =>
        isJavaScript(script) &&
        script.getAttributeValue('type') !== 'module' &&
        !script.hasAttribute('async') &&
        !script.hasAttribute('defer'),
    )
    .map((script) => script.getAttributeValue('src')!);
}

/** The JavaScript written into the page itself, without JSON data blocks. */
export async function inlineScripts(html: string): Promise<string[]> {
  const document = await parseHtml(html);
  return document
    .querySelectorAll('script')
    .filter((script) => !script.hasAttribute('src') && isJavaScript(script))
    .map((script) => script.textContent);
}

/** The `href` of every stylesheet the page links. */
export async function stylesheetUrls(html: string): Promise<string[]> {
  const document = await parseHtml(html);
  return document
    .querySelectorAll('link[rel][href]')
    .filter((link) => link.getAttributeValue('rel')!.toLowerCase().split(/\s+/).includes('stylesheet'))
    .map((link) => link.getAttributeValue('href')!);
}

/**
 * The start of the page up to and including the first element matching `selector`
 * (everything before the next element begins), or undefined when nothing matches.
 */
export async function htmlThrough(html: string, selector: string): Promise<string | undefined> {
  const document = await parseHtml(html);
  const target = document.querySelector(selector);
  if (!target) return undefined;
  const inside = new Set(target.querySelectorAll('*'));
  const next = document.querySelectorAll('*').find((element) => element.location.offset > target.location.offset && !inside.has(element));
  return next ? html.slice(0, htmlTagStart(html, next.location.offset)) : html;
}

/** html-validate locates an element at its name; the tag itself starts at the `<` before it. */
function htmlTagStart(html: string, nameOffset: number): number {
  return html.lastIndexOf('<', nameOffset);
}

export interface PageWeight {
  htmlBytes: number;
  htmlGzip: number;
  htmlBrotli: number;
  /** Compressed HTML up to the end of the first element matching the selector, if there is one. */
  htmlThroughGzip: number | undefined;
  htmlThroughBrotli: number | undefined;
  cssGzip: number;
  cssBrotli: number;
  inlineJsGzip: number;
  inlineJsBrotli: number;
  renderBlockingScripts: string[];
}

/** What one built page weighs on the wire, read from the files in `dist`. */
export async function measurePage(dist: string, file: string, throughSelector: string): Promise<PageWeight> {
  const html = readFileSync(join(dist, file), 'utf8');
  const through = await htmlThrough(html, throughSelector);
  const css = (await stylesheetUrls(html)).map((href) => readFileSync(join(dist, new URL(href, 'https://site.invalid/').pathname)));
  const inline = (await inlineScripts(html)).join('\n');
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipBytes(html),
    htmlBrotli: brotliBytes(html),
    htmlThroughGzip: through === undefined ? undefined : gzipBytes(through),
    htmlThroughBrotli: through === undefined ? undefined : brotliBytes(through),
    cssGzip: css.reduce((sum, sheet) => sum + gzipBytes(sheet), 0),
    cssBrotli: css.reduce((sum, sheet) => sum + brotliBytes(sheet), 0),
    inlineJsGzip: inline ? gzipBytes(inline) : 0,
    inlineJsBrotli: inline ? brotliBytes(inline) : 0,
    renderBlockingScripts: await renderBlockingScripts(html),
  };
}
