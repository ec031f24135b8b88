import type { Translate } from '../i18n/translate';
import { platformKeys, type SiteSettings } from './settings-schema';

export interface PlatformLink {
  key: (typeof platformKeys)[number];
  label: string;
  url: string;
}

/** The platforms the podcaster configured, in a fixed order listeners recognise. */
export function platformLinks(settings: Pick<SiteSettings, 'platforms'>, t: Translate): PlatformLink[] {
  return platformKeys.flatMap((key) => {
    const url = settings.platforms[key];
    return url ? [{ key, label: t(`platform.${key}`), url }] : [];
  });
}
