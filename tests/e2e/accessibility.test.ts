import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { axeViolations, type AxeViolation } from '../support/axe';
import { PAGE_STATES } from '../support/page-states';
import { listPages, onePagePerType } from '../../build/site-pages';
import { LONG_EPISODE_URL } from '../../quality/budgets';

const pages = onePagePerType(listPages('dist'), [LONG_EPISODE_URL]);

const browser = useBrowser();

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
  it.each(pages.map((page) => [page.type, page.url]))(
    'the %s page (%s) has no WCAG 2.1 AA violations, also after using its controls',
    async (_type, url) => {
      const { context } = await browser.isolatedContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(url);
      const violations: Record<string, AxeViolation[]> = { 'as loaded': await axeViolations(page) };
      for (const state of PAGE_STATES) {
        if (await state.reach(page)) violations[state.name] = await axeViolations(page);
      }
      await context.close();
      expect(Object.entries(violations).filter(([, found]) => found.length > 0)).toEqual([]);
    },
  );
});

describe('system settings', () => {
  const backgroundIn = async (colorScheme: 'light' | 'dark') => {
    const { context } = await browser.isolatedContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await context.close();
    return background;
  };

  it('follows the dark mode of the system', async () => {
    const [light, dark] = [await backgroundIn('light'), await backgroundIn('dark')];
    const brightness = (rgb: string) =>
      rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .reduce((sum, part) => sum + Number(part), 0) / 3;
    expect(brightness(light)).toBeGreaterThan(200);
    expect(brightness(dark)).toBeLessThan(60);
  });

  const motionWith = async (reducedMotion: 'reduce' | 'no-preference') => {
    const { context } = await browser.isolatedContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(LONG_EPISODE_URL);
    const motion = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.transition = 'opacity 2s';
      probe.style.animation = 'none 2s';
      document.body.append(probe);
      const style = getComputedStyle(probe);
      return {
        scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
        seconds: Math.max(parseFloat(style.transitionDuration), parseFloat(style.animationDuration)),
      };
    });
    await context.close();
    return motion;
  };

  it('jumps instead of scrolling smoothly and cuts animations short when the visitor asks for reduced motion', async () => {
    expect(await motionWith('reduce')).toEqual({ scrollBehavior: 'auto', seconds: expect.closeTo(0, 1) });
  });

  it('scrolls smoothly when the visitor has no motion preference', async () => {
    expect(await motionWith('no-preference')).toEqual({ scrollBehavior: 'smooth', seconds: 2 });
  });
});
