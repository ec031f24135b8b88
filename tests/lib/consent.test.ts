import { describe, expect, it } from 'vitest';
import {
  consentKey,
  hasStoredConsent,
  isConsentProvider,
  revokeConsent,
  storeConsent,
  storedConsents,
  type ConsentStorage,
} from '../../src/lib/consent';

function memoryStorage(entries: Record<string, string> = {}): ConsentStorage & { entries: Record<string, string> } {
  return {
    entries,
    getItem: (key) => entries[key] ?? null,
    setItem: (key, value) => void (entries[key] = value),
    removeItem: (key) => void delete entries[key],
  };
}

const refusingStorage: ConsentStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('remembered consent', () => {
  it('is kept per provider: consenting to Vimeo does not load Cal.com', () => {
    const storage = memoryStorage();
    expect(storeConsent(storage, 'vimeo')).toBe(true);
    expect(hasStoredConsent(storage, 'vimeo')).toBe(true);
    expect(hasStoredConsent(storage, 'calcom')).toBe(false);
    expect(storage.entries).toEqual({ [consentKey('vimeo')]: 'granted' });
  });

  it('is gone after revoking, for that provider only', () => {
    const storage = memoryStorage();
    storeConsent(storage, 'vimeo');
    storeConsent(storage, 'calcom');
    revokeConsent(storage, 'vimeo');
    expect(storedConsents(storage)).toEqual(['calcom']);
  });

  it.each([['true'], ['GRANTED'], [''], ['{"granted":true}'], ['granted ']])('counts a tampered value %j as no consent', (value) => {
    expect(hasStoredConsent(memoryStorage({ [consentKey('calcom')]: value }), 'calcom')).toBe(false);
  });

  it('treats a browser that refuses storage as never having consented, without throwing', () => {
    expect(hasStoredConsent(refusingStorage, 'youtube')).toBe(false);
    expect(storeConsent(refusingStorage, 'youtube')).toBe(false);
    expect(() => revokeConsent(refusingStorage, 'youtube')).not.toThrow();
    expect(storedConsents(refusingStorage)).toEqual([]);
  });

  it('works without any storage at all', () => {
    expect(hasStoredConsent(undefined, 'vimeo')).toBe(false);
    expect(storeConsent(undefined, 'vimeo')).toBe(false);
  });
});

describe('consent providers', () => {
  it.each([
    ['calcom', true],
    ['vimeo', true],
    ['youtube', true],
    ['google', false],
    ['', false],
    ['__proto__', false],
    [undefined, false],
    [42, false],
  ])('%j is a known provider: %s', (value, expected) => {
    expect(isConsentProvider(value)).toBe(expected);
  });
});
