import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { useBrowser } from '../support/browser';
import { buildWithSettings, type BuiltFixture } from '../support/settings-fixture';

/** The "to go" packages as the podcaster wrote them, read without the site's code. */
const packages = readdirSync('content/packages')
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({
    slug: name.replace(/\.md$/, ''),
    ...(parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join('content/packages', name), 'utf8'))![1]!) as {
      title: string;
      price: number;
      hours: number;
      checkoutUrl?: string;
      calEvent?: string;
    }),
  }));

/** `1.190,00 €` back to 1190; anything not in German price format is NaN. */
function germanEuros(text: string): number {
  const match = /^(\d{1,3}(?:\.\d{3})*),(\d{2})\u00a0€$/.exec(text.trim());
  return match ? Number(`${match[1]!.replaceAll('.', '')}.${match[2]}`) : Number.NaN;
}

const jsonLd = (page: Page) =>
  page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? '')));

const browser = useBrowser();
let context: BrowserContext;
let page: Page;
let smallBusiness: BuiltFixture;

beforeAll(async () => {
  ({ context } = await browser.isolatedContext());
  page = await context.newPage();
  smallBusiness = await buildWithSettings((settings) => (settings.smallBusiness = true));
});

afterAll(async () => {
  await smallBusiness?.dispose();
});

describe('/togo/ compares the time packages', () => {
  it('shows at least three packages in German price format, each with the VAT note', async () => {
    expect(packages.length).toBeGreaterThanOrEqual(3);
    await page.goto('/togo/');
    const cards = page.locator('[data-package]');
    await expect(cards.count()).resolves.toBe(packages.length);
    for (const pkg of packages) {
      const card = page.locator(`[data-package="${pkg.slug}"]`);
      await expect(card.locator('h2').textContent()).resolves.toBe(pkg.title);
      expect(germanEuros((await card.locator('[data-price]').textContent())!)).toBe(pkg.price);
      await expect(card.locator('[data-tax-note]').textContent()).resolves.toBe('inkl. 19\u00a0% USt');
    }
  });

  it('formats a four-digit price as 1.190,00 €', async () => {
    await page.goto('/togo/');
    await expect(page.locator('[data-price]').allTextContents()).resolves.toContain('1.190,00\u00a0€');
  });

  it('has a comparison table with hours and price for every package', async () => {
    await page.goto('/togo/');
    const rows = await page
      .locator('table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
    expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(packages.map((pkg) => pkg.title)));
    for (const pkg of packages) {
      const row = rows.find((cells) => cells[0] === pkg.title)!;
      expect(row[1]).toBe(`${pkg.hours} Stunden`);
      expect(germanEuros(row[2]!)).toBe(pkg.price);
    }
  });

  it('lists the packages as schema.org JSON-LD that parses', async () => {
    await page.goto('/togo/');
    const [list] = await jsonLd(page);
    expect(list['@type']).toBe('ItemList');
    expect(list.itemListElement.map((entry: { item: { name: string } }) => entry.item.name).sort()).toEqual(
      packages.map((pkg) => pkg.title).sort(),
    );
  });
});

describe('a package page', () => {
  it.each(packages.map((pkg) => [pkg.slug, pkg]))(
    '/togo/%s/ has Service and Offer JSON-LD and a clear call to action',
    async (slug, pkg) => {
      await page.goto(`/togo/${slug}/`);
      await expect(page.locator('h1').textContent()).resolves.toBe(pkg.title);
      const [service] = await jsonLd(page);
      expect(service).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Service',
        name: pkg.title,
        offers: { '@type': 'Offer', price: pkg.price.toFixed(2), priceCurrency: 'EUR' },
      });
      if (pkg.checkoutUrl) {
        await expect(page.getByRole('link', { name: 'Jetzt kaufen' }).getAttribute('href')).resolves.toBe(pkg.checkoutUrl);
      }
      if (pkg.calEvent) {
        const request = page.getByRole('link', { name: 'Paket anfragen' });
        await expect(request.getAttribute('href')).resolves.toBe(`/togo/${slug}/#anfragen`);
        await expect(request.getAttribute('data-cal')).resolves.toContain(`"calLink":"${pkg.calEvent}"`);
      }
      await expect(page.locator('main a.button').count()).resolves.toBeGreaterThan(0);
    },
  );
});

describe('a small business under § 19 UStG', () => {
  it('shows the § 19 note instead of VAT', async () => {
    const { context: fixtureContext } = await browser.isolatedContext({ siteUrl: smallBusiness.server.url });
    const fixturePage = await fixtureContext.newPage();
    await fixturePage.goto('/togo/');
    const notes = await fixturePage.locator('[data-tax-note]').allTextContents();
    expect(notes).toHaveLength(packages.length);
    for (const note of notes) expect(note).toBe('Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.');
    const [list] = await jsonLd(fixturePage);
    expect(list.itemListElement[0].item.offers.priceSpecification.valueAddedTaxIncluded).toBe(false);
    await fixtureContext.close();
  });
});
