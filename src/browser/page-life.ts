/**
 * Astro's client router swaps the page without loading it again, and runs a
 * bundled script only once per visit. A script that enhances elements of a page
 * calls `onEveryPage`: its setup runs now and again after every swap, on the
 * new page's elements.
 * @see https://docs.astro.build/en/guides/view-transitions/#script-behavior-with-view-transitions
 */
export function onEveryPage(setup: () => void): void {
  setup();
  document.addEventListener('astro:after-swap', setup);
}

/** Elements a setup has handled, so one found again (a persisted element) is not wired twice. */
const handled = new WeakSet<Element>();

/** The elements matching `selector` that no setup has claimed yet; claims them. */
export function unhandled<T extends Element>(selector: string, root: ParentNode = document): T[] {
  return [...root.querySelectorAll<T>(selector)].filter((element) => {
    if (handled.has(element)) return false;
    handled.add(element);
    return true;
  });
}

let swappedIn = false;
document.addEventListener('astro:after-swap', () => (swappedIn = true));

/**
 * Whether the router brought this page. Its document keeps the policy of the
 * page the visit began on (a Content-Security-Policy holds for the document),
 * which may refuse what this page would load from another site.
 */
export const broughtByRouter = () => swappedIn;
