import type { Translate } from '../i18n/translate';
import { toCents, VAT_RATE } from './base/prices';

type Sortable = { order: number; hours: number; title: string };

/** Order on /togo/: the `order` field, then fewer hours first, then by title. */
export function comparePackages(a: Sortable, b: Sortable): number {
  return a.order - b.order || a.hours - b.hours || a.title.localeCompare(b.title, 'de');
}

/** "4 Stunden", "1 Stunde", "2,5 Stunden". */
export function hoursLabel(hours: number, t: Translate, locale: string): string {
  return hours === 1 ? t('togo.hoursOne') : t('togo.hours', { n: hours.toLocaleString(locale, { maximumFractionDigits: 2 }) });
}

/** Price of one hour in euros, rounded to the cent, for comparing packages at a glance. */
export function pricePerHour(price: number, hours: number): number {
  if (!(hours > 0)) throw new RangeError(`expected a positive number of hours (found ${hours})`);
  return Math.round(toCents(price) / hours) / 100;
}

/** The tax note under each price, in the site's language. */
export function taxNote(smallBusiness: boolean, t: Translate): string {
  return smallBusiness ? t('togo.smallBusinessNote') : t('togo.vatIncluded', { rate: VAT_RATE });
}
