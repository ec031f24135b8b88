import { getSettings } from '../lib/settings';
import { createTranslator, interfaceLanguageOf, localeFor } from './translate';

const settings = getSettings();
const ui = interfaceLanguageOf(settings).language;

/** The podcast's own language, for `lang` on pages and captions; the interface may speak another. */
export const language = settings.language;
/** The interface's translator and locale. */
export const t = createTranslator(ui);
export const locale = localeFor(ui);
