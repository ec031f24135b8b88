import { dictionaries, type Language, type UiKey } from './ui';

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** A translator for one language; `{name}` placeholders are filled from `values`. */
export function createTranslator(language: Language): Translate {
  const dictionary: Record<UiKey, string> = dictionaries[language];
  return (key, values = {}) => dictionary[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}

export const localeFor = (language: Language) => (language === 'de' ? 'de-DE' : 'en-GB');

export interface InterfaceLanguage {
  language: Language;
  /** The podcast's language has no dictionary, so the interface fell back to English. */
  fellBack: boolean;
}

const hasDictionary = (tag: string): tag is Language => Object.hasOwn(dictionaries, tag);

/**
 * The interface speaks the language the settings name, else the podcast's
 * language when there is a dictionary for it (`de-AT` → de), else English.
 */
export function interfaceLanguageOf(settings: { language: string; interfaceLanguage?: Language | undefined }): InterfaceLanguage {
  if (settings.interfaceLanguage) return { language: settings.interfaceLanguage, fellBack: false };
  const primary = settings.language.split('-')[0]!.toLowerCase();
  return hasDictionary(primary) ? { language: primary, fellBack: false } : { language: 'en', fellBack: true };
}
