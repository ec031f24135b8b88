import { dictionaries, type Language, type UiKey } from './ui';

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** A translator for one language; `{name}` placeholders are filled from `values`. */
export function createTranslator(language: Language): Translate {
  const dictionary: Record<UiKey, string> = dictionaries[language];
  return (key, values = {}) => dictionary[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}

export const localeFor = (language: Language) => (language === 'de' ? 'de-DE' : 'en-GB');
