import EmbedSnippet from '@calcom/embed-snippet';
import { calCalls, type CalEmbedConfig } from '../lib/booking';

/**
 * Cal.com's official snippet, bundled with the site and imported only after consent:
 * calling it adds Cal's embed.js, the first request that reaches Cal.
 * @see https://cal.com/docs/core-features/embed/install-with-javascript
 */

type CalApi = (method: string, ...args: unknown[]) => void;
type CalGlobal = CalApi & { ns: Record<string, CalApi> };

const initialised = new Set<string>();

function calNamespace(config: CalEmbedConfig): CalApi {
  const cal = EmbedSnippet(config.embedScript) as unknown as CalGlobal;
  if (!initialised.has(config.namespace)) {
    cal('init', config.namespace, { origin: config.origin });
    initialised.add(config.namespace);
  }
  return cal.ns[config.namespace]!;
}

/** Shows the calendar inside `element`; `onBooked` runs after a successful booking. */
export function showInlineCalendar(config: CalEmbedConfig, element: HTMLElement, onBooked: () => void): void {
  element.id ||= `cal-${config.namespace}`;
  const api = calNamespace(config);
  for (const [method, options] of calCalls(config, { inline: `#${element.id}` })) api(method, options);
  api('on', { action: 'bookingSuccessfulV2', callback: onBooked });
}

export function openCalendarPopup(config: CalEmbedConfig): void {
  const api = calNamespace(config);
  for (const [method, options] of calCalls(config, 'modal')) api(method, options);
}
