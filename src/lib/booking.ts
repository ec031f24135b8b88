import type { BookingSettings } from '../schemas/booking';

/**
 * What the consent script tells Cal.com's embed, as plain data so tests can
 * read it. Cal's `preload` is never among it: it would contact Cal before consent.
 * @see https://cal.com/docs/core-features/embed/embed-events
 */

export interface CalEmbedConfig {
  namespace: string;
  origin: string;
  embedScript: string;
  calLink: string;
  layout: BookingSettings['layout'];
  theme: BookingSettings['theme'];
  hideEventTypeDetails: boolean;
  /** Text Cal.com puts into the booking's notes field, such as the package being asked about. */
  notes?: string;
}

interface CalLook {
  layout: string;
  theme?: string;
}

export type CalCall =
  | ['inline', { calLink: string; elementOrSelector: string; config: CalLook & { notes?: string } }]
  | ['modal', { calLink: string; config: CalLook & { notes?: string } }]
  | ['ui', { hideEventTypeDetails: boolean } & CalLook];

/** The settings as the browser needs them; `calLink` overrides the event (a package's own). */
export function calEmbedConfig(booking: BookingSettings, calLink: string = booking.calLink): CalEmbedConfig {
  const origin = booking.origin.replace(/\/+$/, '');
  return {
    namespace: booking.namespace,
    origin,
    embedScript: booking.embedScript ?? `${origin}/embed/embed.js`,
    calLink,
    layout: booking.layout,
    theme: booking.theme,
    hideEventTypeDetails: booking.hideEventTypeDetails,
  };
}

/** Cal's "auto" is no theme at all: the booker then follows the visitor's system. */
const themeOption = (theme: CalEmbedConfig['theme']) => (theme === 'auto' ? {} : { theme });

/**
 * The calls after `init` that show the calendar inline in the element `target.inline` selects, or as a popup.
 * `notes` prefills the booking form.
 * @see https://cal.com/help/embedding/prefill-booking-form-embed
 */
export function calCalls(config: CalEmbedConfig, target: { inline: string } | 'modal'): CalCall[] {
  const look = { layout: config.layout, ...themeOption(config.theme) };
  const shown = { ...look, ...(config.notes ? { notes: config.notes } : {}) };
  const show: CalCall =
    target === 'modal'
      ? ['modal', { calLink: config.calLink, config: shown }]
      : ['inline', { calLink: config.calLink, elementOrSelector: target.inline, config: shown }];
  return [show, ['ui', { hideEventTypeDetails: config.hideEventTypeDetails, ...look }]];
}

/** A link to the booking page on Cal itself, for visitors who would rather go there; it carries the notes too. */
export function calPageUrl(config: CalEmbedConfig): string {
  const url = new URL(`${config.origin === 'https://app.cal.com' ? 'https://cal.com' : config.origin}/${config.calLink}`);
  if (config.notes) url.searchParams.set('notes', config.notes);
  return url.href;
}

/** What /kaffee/ needs to take a request for one package: its event (or the coffee call's) and a note naming it. */
export interface PackageRequest {
  title: string;
  cal: CalEmbedConfig;
  directUrl: string;
}

/**
 * A package is requested through its own Cal.com event, or through the coffee call
 * when it has neither an event nor a checkout link; either way the booking's notes
 * name the package, so the podcaster knows what the call is about. A package sold
 * only through its checkout link, or a site without booking, takes no requests.
 */
export function packageRequest(
  booking: BookingSettings | undefined,
  pkg: { title: string; calEvent?: string | undefined; checkoutUrl?: string | undefined },
  note: (title: string) => string,
): PackageRequest | undefined {
  if (!booking || (pkg.calEvent === undefined && pkg.checkoutUrl !== undefined)) return undefined;
  const cal = { ...calEmbedConfig(booking, pkg.calEvent), notes: note(pkg.title) };
  return { title: pkg.title, cal, directUrl: calPageUrl(cal) };
}
