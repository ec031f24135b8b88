import { getSettings } from '../lib/settings';
import { createTranslator, localeFor } from './translate';

/** The site's translator and locale, from the language in the settings. */
export const language = getSettings().language;
export const t = createTranslator(language);
export const locale = localeFor(language);
