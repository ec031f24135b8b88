/**
 * Remembered consent for third-party embeds, one localStorage entry per provider.
 * Only an explicit "remember my choice" writes here; the privacy page revokes.
 * @see https://www.gesetze-im-internet.de/ttdsg/__25.html (§ 25 TDDDG: consent before access)
 */

export const consentProviders = ['calcom', 'vimeo', 'youtube'] as const;
export type ConsentProvider = (typeof consentProviders)[number];

export const consentProviderNames: Record<ConsentProvider, string> = { calcom: 'Cal.com', vimeo: 'Vimeo', youtube: 'YouTube' };

/** The parts of `Storage` we use, so tests and browsers with storage switched off fit too. */
export type ConsentStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const GRANTED = 'granted';

export function isConsentProvider(value: unknown): value is ConsentProvider {
  return typeof value === 'string' && (consentProviders as readonly string[]).includes(value);
}

export const consentKey = (provider: ConsentProvider) => `consent.${provider}`;

/** Whether the visitor asked us to remember their consent; unreadable storage counts as no. */
export function hasStoredConsent(storage: ConsentStorage | undefined, provider: ConsentProvider): boolean {
  try {
    return storage?.getItem(consentKey(provider)) === GRANTED;
  } catch {
    return false;
  }
}

/** Remembers consent; returns false when the browser refuses storage (private mode, full quota). */
export function storeConsent(storage: ConsentStorage | undefined, provider: ConsentProvider): boolean {
  try {
    if (!storage) return false;
    storage.setItem(consentKey(provider), GRANTED);
    return true;
  } catch {
    return false;
  }
}

export function revokeConsent(storage: ConsentStorage | undefined, provider: ConsentProvider): void {
  try {
    storage?.removeItem(consentKey(provider));
  } catch {
    // Storage that cannot be read holds no consent either.
  }
}

/** Providers with remembered consent, in the order of `consentProviders`. */
export function storedConsents(storage: ConsentStorage | undefined): ConsentProvider[] {
  return consentProviders.filter((provider) => hasStoredConsent(storage, provider));
}

/**
 * How long an embed may stay silent after the visitor asked for it before the
 * page says it is not coming: Cal.com and video players answer within a few
 * seconds even on a slow phone connection.
 */
export const EMBED_TIMEOUT_SECONDS = 8;
