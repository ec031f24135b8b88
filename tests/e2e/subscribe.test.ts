import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { axeViolations } from '../support/axe';
import { DESKTOP, isShown, PHONE } from '../support/visibility';

/**
 * Subscribing as a listener does it: each app once with its own icon, a QR
 * code to carry the page from the computer to the phone, and a feed address
 * that opened in a browser explains itself instead of showing raw XML.
 */

const browser = useBrowser();

describe('/abonnieren/', () => {
  it('names each app once, each with its icon from this site', async () => {
    const { context, thirdParty } = await browser.isolatedContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto('/abonnieren/');
    const options = page.locator('[data-subscribe-option]');
    const labels = (await options.allInnerTexts()).map((label) => label.replace(/\s*\(.*\)$/, '').trim());
    expect(labels).toContain('Pocket Casts');
    expect(labels).toContain('AntennaPod');
    expect(new Set(labels).size).toBe(labels.length);
    const icons = await options.locator('img').evaluateAll(async (images) =>
      Promise.all(
        (images as HTMLImageElement[]).map(async (image) => {
          image.loading = 'eager';
          await image.decode();
          return { origin: new URL(image.src).origin, width: image.naturalWidth, alt: image.alt };
        }),
      ),
    );
    expect(icons).toHaveLength(labels.length);
    for (const icon of icons) expect(icon).toEqual({ origin: new URL(page.url()).origin, width: 24, alt: '' });
    expect(thirdParty).toEqual([]);
    await context.close();
  });

  it('shows a QR code of the page on a computer, to open it on the phone, and none on the phone itself', async () => {
    const { context } = await browser.isolatedContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto('/abonnieren/');
    const code = page.getByRole('img', { name: 'QR-Code dieser Seite' });
    await expect(isShown(code)).resolves.toBe(true);
    const box = (await code.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(150);
    expect(box.width).toBe(box.height);
    await expect(page.locator('.subscribe-qr figcaption').innerText()).resolves.toContain('https://klartext-it.example.de/abonnieren/');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    await expect(isShown(code)).resolves.toBe(false);
    await context.close();
  });
});

describe('the feed opened in a browser', () => {
  it('reads as a page about the podcast with a way to subscribe, while apps get the same feed', async () => {
    const { context } = await browser.isolatedContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto('/feed.xml');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Klartext IT');
    const subscribe = page.getByRole('link', { name: 'Alle Möglichkeiten zum Abonnieren' });
    await expect(isShown(subscribe)).resolves.toBe(true);
    await expect(subscribe.getAttribute('href')).resolves.toBe('/abonnieren/');
    await expect(page.getByRole('link', { name: 'Vertraust du deiner IT?' }).count()).resolves.toBe(1);
    const feed = await (await fetch(page.url())).text();
    expect(feed.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>\n<rss')).toBe(true);
    await context.close();
  });
});
