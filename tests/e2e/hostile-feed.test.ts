import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../tools/run-import';
import { serveStatic, type StaticServer } from '../../quality/static-server';
import { useBrowser } from '../support/browser';
import { listFiles } from '../support/content-files';
import { fakeAudioHost } from '../support/fake-audio-host';
import { useFixtureSite } from '../support/fixture-site';

/**
 * A feed written to attack the site (tests/fixtures/feeds/hostile.xml) is
 * imported, built and visited page by page in Chromium: nothing from it may
 * run, restyle a page or reach another host, and markup the feed escaped
 * shows as the text it is.
 */

const site = useFixtureSite();
let server: StaticServer;
const browser = useBrowser();
let context: BrowserContext;
let thirdParty: Request[];
const requested: string[] = [];

beforeAll(async () => {
  const lines: string[] = [];
  const code = await runImport({
    args: [resolve('tests/fixtures/feeds/hostile.xml')],
    root: site.dir,
    fetch: fakeAudioHost(requested),
    log: (line) => lines.push(line),
  });
  expect(code, lines.join('\n')).toBe(0);
  const built = await site.build();
  expect(built.code, built.output).toBe(0);
  server = await serveStatic(join(site.dir, 'dist'));
  ({ context, thirdParty } = await browser.isolatedContext({ siteUrl: server.url }));
});

afterAll(async () => {
  await server?.close();
});

function builtPages(): string[] {
  const dist = join(site.dir, 'dist');
  return listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${relative(dist, file)}`.replace(/index\.html$/, ''))
    .sort();
}

/** Opens a page and records what a hostile script would cause: dialogs and errors. */
async function visit(path: string): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path, { waitUntil: 'load' });
  return { page, dialogs, errors };
}

/** The Markdown processor sets typographic quotes; the characters around them are what matters. */
const plainQuotes = (text: string) => text.replace(/[“”„]/g, '"').replace(/[‘’‚]/g, "'");

const episodePath = (title: string) => {
  const file = listFiles(join(site.dir, 'content/episodes')).find((path) =>
    readFileSync(path, 'utf8').includes(`title: ${JSON.stringify(title)}`),
  );
  return `/folgen/${file!.slice(file!.lastIndexOf('/') + 1).replace(/\.md$/, '')}/`;
};

describe('a hostile feed, imported and built', () => {
  it('no page opens a dialog, throws an error or carries a handler or link from the feed', async () => {
    const pages = builtPages();
    const episodes = [
      'Skripte in den Notizen',
      'Das <style>-Element',
      '<script>alert("item-title")</script> Eigenes Bild',
      'Bild, das es nicht gibt',
    ].map(episodePath);
    expect(pages).toEqual(expect.arrayContaining(episodes));
    for (const path of pages) {
      const { page, dialogs, errors } = await visit(path);
      const smuggled = await page.evaluate(() => ({
        handlers: [...document.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes].filter(({ name }) => name.startsWith('on')).map(({ name }) => `${element.localName}[${name}]`),
        ),
        scriptLinks: [...document.querySelectorAll('[href], [src], [action], [formaction]')].flatMap((element) =>
          ['href', 'src', 'action', 'formaction']
            .map((name) => element.getAttribute(name) ?? '')
            .filter((url) => /^\s*(?:javascript|data|vbscript):/i.test(url) && !url.startsWith('data:image/')),
        ),
        foreignElements: document.querySelectorAll('iframe, link[href*="feindselig"]').length,
      }));
      expect({ path, dialogs, errors, ...smuggled }).toEqual({
        path,
        dialogs: [],
        errors: [],
        handlers: [],
        scriptLinks: [],
        foreignElements: 0,
      });
      await page.close();
    }
  });

  it('no page asks another host for anything, and the importer never asked for images inside the notes', () => {
    expect(thirdParty.map((request) => request.url())).toEqual([]);
    expect(requested.filter((line) => /tracker|in-den-notizen/.test(line))).toEqual([]);
  });

  it('markup the feed escaped shows as text in the notes and the chapter titles', async () => {
    const { page } = await visit(episodePath('Skripte in den Notizen'));
    const text = plainQuotes(await page.locator('main').innerText());
    expect(text).toContain('Vorher <script>alert("notes-escaped")</script> nachher.');
    expect(text).toContain('Bild als Text: <img src=x onerror=alert("img-escaped")>');
    expect(text).toContain('Ein Bild mit Alternativtext');
    // Chapters are h3, nested under the page's transcript heading.
    const chapters = page.locator('main h3', { hasText: /onerror=alert|Kapitel mit Stil/ });
    expect((await chapters.allInnerTexts()).map(plainQuotes)).toEqual([
      expect.stringContaining(`<img src=x onerror=alert('chapter')>`),
      expect.stringContaining('<style>body{display:none}</style>Kapitel mit Stil'),
    ]);
    await expect(chapters.last().isVisible()).resolves.toBe(true);
    expect(text).not.toContain('SVG-Text');
    await page.close();
  });

  it("the player's chapter list and the chapters file show escaped chapter titles as the same text", async () => {
    const path = episodePath('Skripte in den Notizen');
    const { page } = await visit(path);
    const listed = (await page.locator('[data-chapter-list] li').allInnerTexts()).map(plainQuotes);
    expect(listed).toEqual([
      expect.stringContaining(`<img src=x onerror=alert('chapter')>`),
      expect.anything(),
      expect.stringContaining('<style>body{display:none}</style>Kapitel mit Stil'),
    ]);
    const file = JSON.parse(readFileSync(join(site.dir, 'dist', path, 'chapters.json'), 'utf8')) as { chapters: { title: string }[] };
    expect(file.chapters.map(({ title }) => title)).toEqual([
      `<img src=x onerror=alert('chapter')>`,
      "Über &lt;script&gt; & [Links](javascript:alert('chapter-link'))",
      '<style>body{display:none}</style>Kapitel mit Stil',
    ]);
    await page.close();
  });

  it('a note about the <style> element leaves the rest of its page visible', async () => {
    const { page } = await visit(episodePath('Das <style>-Element'));
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Das <style>-Element');
    await expect(
      page.getByText('Das <style>-Element färbt Seiten ein, <link rel=stylesheet> lädt Fremdes.', { exact: true }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText('Dieser Satz muss sichtbar bleiben.', { exact: true }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('a title with a script tag is shown as text', async () => {
    const { page } = await visit(episodePath('<script>alert("item-title")</script> Eigenes Bild'));
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('<script>alert("item-title")</script> Eigenes Bild');
    await page.close();
  });

  it('the episode artwork is a file of the site, and nothing built names the old image host', () => {
    const dist = join(site.dir, 'dist');
    expect(listFiles(join(dist, 'images')).map((file) => file.slice(file.lastIndexOf('/') + 1))).toEqual([
      expect.stringMatching(/^folge-3-[0-9a-f]{10}\.jpg$/),
    ]);
    const mentions = listFiles(dist)
      .filter((file) => /\.(html|xml|json|txt|vtt|srt|js)$/.test(file))
      .filter((file) => /(?:bilder|tracker|stil|werbung)\.feindselig\.example/.test(readFileSync(file, 'utf8')));
    expect(mentions.map((file) => relative(dist, file))).toEqual([]);
  });
});
