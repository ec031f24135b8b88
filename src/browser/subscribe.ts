import { detectPlatform, orderForPlatform, visitorPlatforms, type VisitorPlatform } from '../lib/visitor-platform';
import { onEveryPage, unhandled } from './page-life';

/** Puts the apps that suit the visitor's system first; without script every option is there in a fixed order. */
const platform = detectPlatform(navigator.userAgent, navigator.maxTouchPoints);

const systemsOf = (element: Element) =>
  (element.getAttribute('data-systems') ?? '')
    .split(' ')
    .filter((system): system is VisitorPlatform => (visitorPlatforms as readonly string[]).includes(system));

function order(root: HTMLElement, visitor: VisitorPlatform): void {
  root.dataset.visitorPlatform = visitor;
  const note = root.querySelector<HTMLElement>(`[data-ordered-for="${visitor}"]`);
  if (note) note.hidden = false;
  for (const list of root.querySelectorAll<HTMLElement>('[data-subscribe-list]')) {
    const items = [...list.children].map((element) => ({ element, systems: systemsOf(element) }));
    for (const { element, systems } of orderForPlatform(items, visitor)) {
      element.toggleAttribute('data-suits-visitor', systems.includes(visitor));
      list.append(element);
    }
  }
}

if (platform) onEveryPage(() => unhandled<HTMLElement>('[data-subscribe]').forEach((root) => order(root, platform)));
