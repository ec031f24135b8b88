import type { AstroIntegration } from 'astro';
import type { SiteSettings } from '../schemas/settings';
import { SETTINGS_FILE } from '../lib/settings';
import { interfaceLanguageOf } from '../i18n/translate';
import { dictionaries } from '../i18n/ui';

/**
 * Missing newsletter or booking settings are allowed (the site simply leaves the
 * form or calendar out) but easy to miss, so every build says so; so is an
 * interface that speaks English because the podcast's language has no dictionary.
 */
export function conversionWarnings(settings: SiteSettings): AstroIntegration {
  return {
    name: 'conversion-warnings',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (interfaceLanguageOf(settings).fellBack) {
          logger.warn(
            `${SETTINGS_FILE}: language: the interface has no dictionary for "${settings.language}", so buttons and headings are in English; set interfaceLanguage (${Object.keys(dictionaries).join(' or ')}) to choose.`,
          );
        }
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
