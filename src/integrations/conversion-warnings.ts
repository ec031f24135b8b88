import type { AstroIntegration } from 'astro';
import type { SiteSettings } from '../schemas/settings';
import { SETTINGS_FILE } from '../lib/settings';

/**
 * Missing newsletter or booking settings are allowed (the site simply leaves the
 * form or calendar out) but easy to miss, so every build says so.
 */
export function conversionWarnings(settings: SiteSettings): AstroIntegration {
  return {
    name: 'conversion-warnings',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!settings.newsletter) {
          logger.warn(
            `${SETTINGS_FILE}: no newsletter provider configured, so no signup form is shown (see docs/booking-and-newsletter.md).`,
          );
        }
        if (!settings.booking) {
          logger.warn(
            `${SETTINGS_FILE}: no booking configured, so /kaffee/ shows only the e-mail address (see docs/booking-and-newsletter.md).`,
          );
        }
      },
    },
  };
}
