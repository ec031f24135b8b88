import type { Locator, Page } from 'playwright-core';

/** Phone and desktop as the issue tried them. */
export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/**
 * Whether a person sees the element: rendered (no `display: none` up the tree),
 * not `visibility: hidden`, not fully transparent, and taking up space.
 */
export async function isShown(locator: Locator): Promise<boolean> {
  if ((await locator.count()) === 0) return false;
  return locator.first().evaluate((element) => {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const { width, height } = element.getBoundingClientRect();
    return width > 0 && height > 0;
  });
}

/** Where the element's top edge is on the page (not in the viewport), in CSS pixels. */
export function pageTop(locator: Locator): Promise<number> {
  return locator.first().evaluate((element) => element.getBoundingClientRect().top + scrollY);
}

/** Elements that carry `hidden` but are shown anyway, described by tag, class and text. */
export function shownDespiteHidden(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[hidden]')]
      .filter((element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      .map((element) => `<${element.localName} class="${element.className}"> ${element.textContent?.trim().slice(0, 40)}`),
  );
}

/**
 * Controls a person sees that cannot do anything without a script: a button
 * that submits no form, a field that belongs to no form with a visible submit
 * button and is not there to be read (a read-only text to copy is).
 */
export function deadControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = (element: Element) => {
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const { width, height } = element.getBoundingClientRect();
      return width > 0 && height > 0;
    };
    const submits = (form: HTMLFormElement | null) =>
      form !== null &&
      [...form.elements].some(
        (control) =>
          (control instanceof HTMLButtonElement || control instanceof HTMLInputElement) &&
          ['submit', 'image'].includes(control.type) &&
          shown(control),
      );
    const describe = (element: HTMLElement) =>
      `<${element.localName}${element.id ? `#${element.id}` : ''}> "${(element.textContent || element.getAttribute('aria-label') || element.getAttribute('name') || '').trim().slice(0, 40)}"`;
    return [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, [role="button"]')]
      .filter(shown)
      .filter((element) => {
        if (element instanceof HTMLButtonElement) return !(element.type === 'submit' && element.form !== null);
        if (element instanceof HTMLInputElement) {
          if (['submit', 'image'].includes(element.type)) return element.form === null;
          if (element.readOnly) return false;
          return !submits(element.form);
        }
        if (element instanceof HTMLTextAreaElement) return !element.readOnly && !submits(element.form);
        if (element instanceof HTMLSelectElement) return !submits(element.form);
        return true;
      })
      .map(describe);
  });
}
