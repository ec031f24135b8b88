import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { LONG_EPISODE_URL } from '../../quality/budgets';

/** What keyboard users can focus: links, form controls, media controls and anything given a tab stop. */
const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  'audio[controls]',
  'video[controls]',
  'iframe',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

interface FocusStyle {
  outline: string;
  boxShadow: string;
}

/** Focus is visible when focusing draws an outline or changes the shadow (a ring). */
function showsFocus(focused: FocusStyle, unfocused: FocusStyle): boolean {
  const outlineAppears = !focused.outline.startsWith('none') && !/ 0px /.test(focused.outline) && focused.outline !== unfocused.outline;
  return outlineAppears || focused.boxShadow !== unfocused.boxShadow;
}

const browser = useBrowser();
let page: Page;

beforeAll(async () => {
  const { context } = await browser.isolatedContext();
  page = await context.newPage();
  await page.goto(LONG_EPISODE_URL);
});

/** Labels every element a keyboard user should reach and returns their labels with a readable description. */
async function labelFocusable(page: Page): Promise<Map<string, string>> {
  const labelled = await page.evaluate((selector) => {
    return (
      [...document.querySelectorAll<HTMLElement>(selector)]
        // tabindex="-1" takes an element out of the tab order on purpose (a spam trap, a scroll target).
        .filter((element) => element.tabIndex >= 0)
        .filter((element) => element.checkVisibility({ visibilityProperty: true }) || element.matches('.skip-link'))
        .filter((element) => !element.closest('[inert], [hidden], details:not([open]) > :not(summary)'))
        .map((element, index) => {
          element.dataset.keyboardTest = String(index);
          const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
          const name = element.id ? `#${element.id}` : element.getAttribute('name') ? `[name=${element.getAttribute('name')}]` : '';
          return [String(index), `<${element.tagName.toLowerCase()}${name}> "${text}"`] as const;
        })
    );
  }, FOCUSABLE);
  return new Map(labelled);
}

function focusStyleOf(page: Page): Promise<{ label: string | undefined; style: FocusStyle }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return {
      label: element.dataset.keyboardTest,
      style: { outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, boxShadow: style.boxShadow },
    };
  });
}

it('on an episode page every link, button and control is reachable with Tab and shows where the focus is', async () => {
  const elements = await labelFocusable(page);
  expect(elements.size).toBeGreaterThan(10);

  const focused = new Map<string, FocusStyle>();
  // Media elements take several tab stops (play, timeline, volume, menu); allow for them.
  for (let press = 0; press < elements.size * 6 + 20; press++) {
    await page.keyboard.press('Tab');
    const { label, style } = await focusStyleOf(page);
    if (label === undefined) {
      if (focused.size > 0 && (await page.evaluate(() => document.activeElement === document.body))) break;
      continue;
    }
    if (!focused.has(label)) focused.set(label, style);
  }

  const unreachable = [...elements].filter(([label]) => !focused.has(label)).map(([, description]) => description);
  expect(unreachable).toEqual([]);

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const unfocused = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-keyboard-test]')].map((element) => {
        const style = getComputedStyle(element);
        return [
          element.dataset.keyboardTest!,
          { outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, boxShadow: style.boxShadow },
        ];
      }),
    ),
  );
  const invisibleFocus = [...focused]
    .filter(([label, style]) => !showsFocus(style, unfocused[label]!))
    .map(([label]) => elements.get(label));
  expect(invisibleFocus).toEqual([]);
});
