/**
 * Prices as German customers expect them: gross, in euros, `1.190,00 €`. The
 * note under each price (§ 1 PAngV, or § 19 UStG for a small business) is
 * worded in package-format.ts, which knows the site's language.
 * @see https://www.gesetze-im-internet.de/pangv_2022/__3.html
 * @see https://www.gesetze-im-internet.de/ustg_1980/__19.html
 */

export const VAT_RATE = 19;

/** Whether a content value is a usable price: euros, 0 or more, at most two decimals. */
export function isEuroAmount(euros: number): boolean {
  return Number.isFinite(euros) && euros >= 0 && euros < 1e9 && Math.abs(Math.round(euros * 100) - euros * 100) < 1e-6;
}

/** Whole cents for a euro amount; anything else is a mistake in the content. */
export function toCents(euros: number): number {
  if (!isEuroAmount(euros))
    throw new RangeError(`expected a price in euros of 0 or more with at most two decimals, like 1190 or 1190.50 (found ${euros})`);
  return Math.round(euros * 100);
}

const euroFormat = new Intl.NumberFormat('de-DE', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** `1190` → `1.190,00 €` (with a no-break space, so the sign never wraps onto its own line). */
export function formatEuro(euros: number): string {
  return euroFormat.format(toCents(euros) / 100);
}

/** Price for schema.org and payment links: `1190.00`. */
export function schemaPrice(euros: number): string {
  return (toCents(euros) / 100).toFixed(2);
}
