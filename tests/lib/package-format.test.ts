import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translate';
import { comparePackages, hoursLabel, pricePerHour } from '../../src/lib/package-format';

const t = createTranslator('de');

describe('packages at a glance', () => {
  it('sorts by order, then by hours, then by title', () => {
    const packages = [
      { title: 'C', order: 2, hours: 4 },
      { title: 'B', order: 1, hours: 8 },
      { title: 'A', order: 1, hours: 8 },
      { title: 'D', order: 1, hours: 2 },
    ];
    expect([...packages].sort(comparePackages).map((pkg) => pkg.title)).toEqual(['D', 'A', 'B', 'C']);
  });

  it.each([
    [1, '1 Stunde'],
    [4, '4 Stunden'],
    [2.5, '2,5 Stunden'],
    [1000, '1.000 Stunden'],
  ])('%d hours read %s', (hours, expected) => {
    expect(hoursLabel(hours, t, 'de-DE')).toBe(expected);
  });

  it.each([
    [1190, 8, 148.75],
    [2850.5, 20, 142.53],
    [100, 3, 33.33],
  ])('%d € for %d hours is %d € per hour', (price, hours, expected) => {
    expect(pricePerHour(price, hours)).toBe(expected);
  });

  it.each([[0], [-2], [Number.NaN]])('refuses %d hours', (hours) => {
    expect(() => pricePerHour(100, hours)).toThrow(/positive number of hours/);
  });
});
