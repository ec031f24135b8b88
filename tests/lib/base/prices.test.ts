import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translate';
import { formatEuro, isEuroAmount, schemaPrice, toCents } from '../../../src/lib/base/prices';
import { taxNote } from '../../../src/lib/package-format';

const NBSP = '\u00a0';

describe('prices for German customers', () => {
  it.each([
    [1190, `1.190,00${NBSP}€`],
    [595, `595,00${NBSP}€`],
    [2850.5, `2.850,50${NBSP}€`],
    [0, `0,00${NBSP}€`],
    [0.1 + 0.2, `0,30${NBSP}€`],
    [1234567.89, `1.234.567,89${NBSP}€`],
  ])('%d € reads %s', (euros, expected) => {
    expect(formatEuro(euros)).toBe(expected);
  });

  it.each([
    [1190, '1190.00'],
    [2850.5, '2850.50'],
    [19.99, '19.99'],
  ])('%d € is %s for schema.org', (euros, expected) => {
    expect(schemaPrice(euros)).toBe(expected);
  });

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY], [19.999], [0.001], [1e12]])('refuses %d as a price', (euros) => {
    expect(isEuroAmount(euros)).toBe(false);
    expect(() => toCents(euros)).toThrow(/at most two decimals/);
    expect(() => formatEuro(euros)).toThrow(RangeError);
  });

  it('counts in whole cents, so 0.1 + 0.2 is 30 cents', () => {
    expect(toCents(0.1 + 0.2)).toBe(30);
  });
});

describe('tax note under every price', () => {
  it.each([
    ['de', false, `inkl. 19${NBSP}% USt`],
    ['de', true, 'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.'],
    ['en', false, `incl. 19${NBSP}% VAT`],
    ['en', true, 'No VAT is charged under § 19 UStG (small business).'],
  ] as const)('%s, small business %s: %s', (language, smallBusiness, expected) => {
    expect(taxNote(smallBusiness, createTranslator(language))).toBe(expected);
  });
});
