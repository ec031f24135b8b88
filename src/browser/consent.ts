import type { CalEmbedConfig } from '../lib/booking';
import {
  consentProviders,
  hasStoredConsent,
  isConsentProvider,
  revokeConsent,
  storeConsent,
  storedConsents,
  type ConsentStorage,
} from '../lib/consent';
import { onEveryPage, unhandled } from './page-life';

/**
 * Consent-gated embeds: nothing from another origin loads until the visitor
 * clicks, or asked us earlier to remember that click (see src/lib/consent.ts).
 */

function browserStorage(): ConsentStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const storage = browserStorage();

function calConfig(element: HTMLElement): CalEmbedConfig | undefined {
  return element.dataset.cal ? (JSON.parse(element.dataset.cal) as CalEmbedConfig) : undefined;
}

function load(embed: HTMLElement): void {
  if (embed.dataset.consentLoaded) return;
  embed.dataset.consentLoaded = 'true';
  const target = embed.querySelector<HTMLElement>('[data-consent-target]')!;
  const template = embed.querySelector<HTMLTemplateElement>('template[data-consent-template]');
  if (template) target.append(template.content.cloneNode(true));
  const cal = calConfig(embed);
  if (cal) {
    const thanks = embed.querySelector<HTMLElement>('[data-booking-thanks]');
    void import('./cal-embed').then(({ showInlineCalendar }) =>
      showInlineCalendar(cal, target, () => {
        if (thanks) thanks.hidden = false;
      }),
    );
  }
  embed.querySelector<HTMLElement>('[data-consent-placeholder]')!.hidden = true;
  target.hidden = false;
}

function setUpEmbed(embed: HTMLElement): void {
  const provider = embed.dataset.provider;
  if (!isConsentProvider(provider)) return;
  if (hasStoredConsent(storage, provider)) {
    load(embed);
    return;
  }
  // Loading needs this script; without it the placeholder offers the provider's own page.
  embed.querySelectorAll<HTMLElement>('[data-consent-needs-script]').forEach((element) => (element.hidden = false));
  embed.querySelector('[data-consent-load]')?.addEventListener('click', () => {
    if (embed.querySelector<HTMLInputElement>('[data-consent-remember]')?.checked) storeConsent(storage, provider);
    load(embed);
  });
}

/** Popup booking from any page; without remembered consent the link simply leads to /kaffee/. */
function setUpBookingButton(link: HTMLAnchorElement): void {
  link.addEventListener('click', (event) => {
    const cal = calConfig(link);
    if (!cal || !hasStoredConsent(storage, 'calcom')) return;
    event.preventDefault();
    void import('./cal-embed').then(({ openCalendarPopup }) => openCalendarPopup(cal));
  });
}

function setUpConsentSettings(panel: HTMLElement): void {
  const render = () => {
    const stored = new Set(storedConsents(storage));
    for (const provider of consentProviders) {
      const status = panel.querySelector<HTMLElement>(`[data-consent-status="${provider}"]`);
      if (status) status.textContent = stored.has(provider) ? panel.dataset.storedText! : panel.dataset.noneText!;
      const button = panel.querySelector<HTMLButtonElement>(`[data-consent-revoke="${provider}"]`);
      if (button) button.disabled = !stored.has(provider);
    }
    panel.querySelector<HTMLButtonElement>('[data-consent-revoke-all]')!.disabled = stored.size === 0;
  };
  const announce = () => {
    panel.querySelector<HTMLElement>('[data-consent-message]')!.textContent = panel.dataset.revokedText!;
  };
  panel.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    const provider = button.dataset.consentRevoke;
    if (isConsentProvider(provider)) revokeConsent(storage, provider);
    else if (button.hasAttribute('data-consent-revoke-all')) consentProviders.forEach((each) => revokeConsent(storage, each));
    else return;
    render();
    announce();
  });
  render();
  panel.hidden = false;
}

onEveryPage(() => {
  unhandled<HTMLElement>('[data-consent-embed]').forEach(setUpEmbed);
  unhandled<HTMLAnchorElement>('a[data-booking-popup]').forEach(setUpBookingButton);
  unhandled<HTMLElement>('[data-consent-settings]').forEach(setUpConsentSettings);
});
