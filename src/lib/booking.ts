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
}

export type CalCall =
  | ['inline', { calLink: string; elementOrSelector: string; config: { layout: string; theme?: string } }]
  | ['modal', { calLink: string; config: { layout: string; theme?: string } }]
  | ['ui', { hideEventTypeDetails: boolean; layout: string; theme?: string }];

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

/** The calls after `init` that show the calendar inline in the element `target.inline` selects, or as a popup. */
export function calCalls(config: CalEmbedConfig, target: { inline: string } | 'modal'): CalCall[] {
  const look = { layout: config.layout, ...themeOption(config.theme) };
  const show: CalCall =
    target === 'modal'
      ? ['modal', { calLink: config.calLink, config: look }]
      : ['inline', { calLink: config.calLink, elementOrSelector: target.inline, config: look }];
  return [show, ['ui', { hideEventTypeDetails: config.hideEventTypeDetails, ...look }]];
}

/** A link to the booking page on Cal itself, for visitors who would rather go there. */
export const calPageUrl = (config: CalEmbedConfig) =>
  `${config.origin === 'https://app.cal.com' ? 'https://cal.com' : config.origin}/${config.calLink}`;
