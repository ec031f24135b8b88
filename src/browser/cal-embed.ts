import EmbedSnippet from '@calcom/embed-snippet';
import { calCalls, type CalEmbedConfig } from '../lib/booking';

/**
 * Cal.com's official snippet, bundled with the site and imported only after consent:
 * calling it adds Cal's embed.js, the first request that reaches Cal.
 * @see https://cal.com/docs/core-features/embed/install-with-javascript
 * @see https://cal.com/help/embedding/embed-events (linkReady, linkFailed, bookingSuccessfulV2)
 */

type CalApi = (method: string, ...args: unknown[]) => void;
type CalGlobal = CalApi & { ns: Record<string, CalApi> };

/** How an attempt to show Cal.com ends: the booking page is there, or it is not coming. */
export interface CalOutcome {
  ready(): void;
  failed(): void;
}

const initialised = new Set<string>();

const embedScripts = (config: CalEmbedConfig) =>
  [...document.querySelectorAll<HTMLScriptElement>('script[src]')].filter((script) => script.src === config.embedScript);

function calNamespace(config: CalEmbedConfig, outcome: CalOutcome): CalApi {
  const cal = EmbedSnippet(config.embedScript) as unknown as CalGlobal;
  if (!initialised.has(config.namespace)) {
    cal('init', config.namespace, { origin: config.origin });
    initialised.add(config.namespace);
  }
  // The snippet adds embed.js with the first call; a blocked or unreachable Cal.com fails it.
  for (const script of embedScripts(config)) script.addEventListener('error', () => outcome.failed(), { once: true });
  const api = cal.ns[config.namespace]!;
  api('on', { action: 'linkReady', callback: () => outcome.ready() });
  api('on', { action: 'linkFailed', callback: () => outcome.failed() });
  return api;
}

/** Shows the calendar inside `element`; `onBooked` runs after a successful booking. */
export function showInlineCalendar(config: CalEmbedConfig, element: HTMLElement, outcome: CalOutcome, onBooked: () => void): void {
  element.id ||= `cal-${config.namespace}`;
  const api = calNamespace(config, outcome);
  for (const [method, options] of calCalls(config, { inline: `#${element.id}` })) api(method, options);
  api('on', { action: 'bookingSuccessfulV2', callback: onBooked });
}

export function openCalendarPopup(config: CalEmbedConfig, outcome: CalOutcome): void {
  const api = calNamespace(config, outcome);
  for (const [method, options] of calCalls(config, 'modal')) api(method, options);
}

/** Forgets a failed embed.js, so the next attempt loads it again rather than waiting on a script that never ran. */
export function forgetFailedCal(config: CalEmbedConfig): void {
  embedScripts(config).forEach((script) => script.remove());
  delete (window as { Cal?: unknown }).Cal;
  initialised.clear();
}
