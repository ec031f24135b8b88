import type { CalEmbedConfig } from '../lib/booking';
import {
  consentProviders,
  hasStoredConsent,
  isConsentProvider,
  revokeConsent,
  storeConsent,
  storedConsents,
  type ConsentProvider,
  type ConsentStorage,
} from '../lib/consent';
import { isReadyMessage, playerOrigins, readyRequest, type VideoProvider } from '../lib/video-embeds';
import { broughtByRouter, onEveryPage, unhandled } from './page-life';
import { attempt, showFailure, type Attempt } from './third-party';

/**
 * Consent-gated embeds: nothing from another origin loads until the visitor
 * clicks, or asked us earlier to remember that click (see src/lib/consent.ts).
 * Every load can fail (blocked, offline, provider down); the visitor then gets
 * a message with a retry and the provider's own page, never an empty box.
 */

function browserStorage(): ConsentStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const storage = browserStorage();

/** The embed a page should load as soon as it opens: asked for on a page the router brought, before loading it afresh. */
const LOAD_ON_ARRIVAL = 'consent.loadOnArrival';
const arrivalKey = (provider: ConsentProvider) => `${location.pathname} ${provider}`;

/**
 * Loads this page again with its own policy, then the embed. The audio the
 * router carried stops there; its position is kept like on any other page.
 */
function loadOnOwnPage(provider: ConsentProvider): void {
  try {
    sessionStorage.setItem(LOAD_ON_ARRIVAL, arrivalKey(provider));
  } catch {
    // Without session storage the page opens with the load button again; one more click loads it.
  }
  location.reload();
}

function askedOnArrival(provider: ConsentProvider): boolean {
  try {
    if (sessionStorage.getItem(LOAD_ON_ARRIVAL) !== arrivalKey(provider)) return false;
    sessionStorage.removeItem(LOAD_ON_ARRIVAL);
    return true;
  } catch {
    return false;
  }
}

function calConfig(element: HTMLElement): CalEmbedConfig | undefined {
  return element.dataset.cal ? (JSON.parse(element.dataset.cal) as CalEmbedConfig) : undefined;
}

/** Waits for the player in `iframe` to say it has loaded; a frame's load event fires for error pages too. */
function watchPlayer(iframe: HTMLIFrameElement, provider: VideoProvider, outcome: Attempt): void {
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== playerOrigins[provider] || event.source !== iframe.contentWindow) return;
    if (!isReadyMessage(provider, event.data)) return;
    removeEventListener('message', onMessage);
    outcome.ready();
  };
  addEventListener('message', onMessage);
  iframe.addEventListener('load', () => iframe.contentWindow?.postMessage(readyRequest(provider), playerOrigins[provider]));
}

function load(embed: HTMLElement, provider: ConsentProvider, { focus = false } = {}): void {
  if (broughtByRouter()) {
    loadOnOwnPage(provider);
    return;
  }
  const target = embed.querySelector<HTMLElement>('[data-consent-target]')!;
  const loading = embed.querySelector<HTMLElement>('[data-consent-loading]')!;
  const failure = embed.querySelector<HTMLElement>('[data-failure]')!;
  const placeholder = embed.querySelector<HTMLElement>('[data-consent-placeholder]')!;
  const movesFocus = focus || placeholder.contains(document.activeElement) || failure.contains(document.activeElement);

  placeholder.hidden = true;
  failure.hidden = true;
  target.replaceChildren();
  target.hidden = false;
  loading.hidden = false;
  // The button that had the focus is gone; the status line keeps it on this embed.
  if (movesFocus) loading.focus();

  const outcome = attempt(
    () => {
      loading.hidden = true;
      failure.hidden = true;
      target.hidden = false;
    },
    () => {
      loading.hidden = true;
      target.hidden = true;
      showFailure(failure);
    },
  );

  const template = embed.querySelector<HTMLTemplateElement>('template[data-consent-template]');
  if (template && provider !== 'calcom') {
    const iframe = (template.content.cloneNode(true) as DocumentFragment).querySelector('iframe')!;
    watchPlayer(iframe, provider, outcome);
    target.append(iframe);
  }
  const cal = calConfig(embed);
  if (cal) {
    const thanks = embed.querySelector<HTMLElement>('[data-booking-thanks]');
    import('./cal-embed')
      .then(({ showInlineCalendar }) =>
        showInlineCalendar(cal, target, outcome, () => {
          if (thanks) thanks.hidden = false;
        }),
      )
      .catch(() => outcome.failed());
  }
}

function setUpEmbed(embed: HTMLElement): void {
  const provider = embed.dataset.provider;
  if (!isConsentProvider(provider)) return;
  embed.querySelector('[data-failure-retry]')?.addEventListener('click', async () => {
    const cal = calConfig(embed);
    if (cal) (await import('./cal-embed')).forgetFailedCal(cal);
    load(embed, provider);
  });
  if (askedOnArrival(provider)) {
    load(embed, provider, { focus: true });
    return;
  }
  // On a page the router brought, a remembered consent waits for a click: loading means loading the page afresh.
  if (hasStoredConsent(storage, provider) && !broughtByRouter()) {
    load(embed, provider);
    return;
  }
  // Loading needs this script; without it the placeholder offers the provider's own page.
  embed.querySelectorAll<HTMLElement>('[data-consent-needs-script]').forEach((element) => (element.hidden = false));
  embed.querySelector('[data-consent-load]')?.addEventListener('click', () => {
    if (embed.querySelector<HTMLInputElement>('[data-consent-remember]')?.checked) storeConsent(storage, provider);
    load(embed, provider);
  });
}

/** Popup booking from any page; without remembered consent the link simply leads to where the consent notice is. */
function setUpBookingButton(root: HTMLElement): void {
  const link = root.querySelector<HTMLAnchorElement>('a[data-booking-popup]');
  const cal = link && calConfig(link);
  const status = root.querySelector<HTMLElement>('[data-booking-status]');
  const failure = root.querySelector<HTMLElement>('[data-failure]');
  if (!link || !cal || !status || !failure) return;

  const open = async () => {
    failure.hidden = true;
    status.textContent = status.dataset.opening ?? '';
    const outcome = attempt(
      () => (status.textContent = ''),
      () => {
        status.textContent = '';
        showFailure(failure);
      },
    );
    try {
      (await import('./cal-embed')).openCalendarPopup(cal, outcome);
    } catch {
      outcome.failed();
    }
  };
  link.addEventListener('click', (event) => {
    if (!hasStoredConsent(storage, 'calcom')) return;
    event.preventDefault();
    // The calendar's own page, loaded afresh with its policy, shows it at once (consent is remembered).
    if (broughtByRouter()) location.assign(link.href);
    else void open();
  });
  failure.querySelector('[data-failure-retry]')?.addEventListener('click', async () => {
    (await import('./cal-embed')).forgetFailedCal(cal);
    link.focus();
    void open();
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
  unhandled<HTMLElement>('[data-booking]').forEach(setUpBookingButton);
  unhandled<HTMLElement>('[data-consent-settings]').forEach(setUpConsentSettings);
});
