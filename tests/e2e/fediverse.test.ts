import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { isShown } from '../support/visibility';

const browser = useBrowser();
const POST = 'https://social.example.de/@klartextit/113456789012345678';

describe('the Fediverse post of an episode', () => {
  it('is a visible link on the episode page, without JavaScript, that contacts nobody before a click', async () => {
    const { context, thirdParty } = await browser.isolatedContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/folgen/007-projekte-die-niemand-stoppt/');
    const link = page.locator('a[data-fediverse-post]');
    await expect(isShown(link)).resolves.toBe(true);
    await expect(link.textContent()).resolves.toContain('Fediverse');
    await expect(link.getAttribute('href')).resolves.toBe(POST);
    expect(thirdParty).toEqual([]);
    await context.close();
  });

  it('is not shown for an episode without one', async () => {
    const { context } = await browser.isolatedContext();
    const page = await context.newPage();
    await page.goto('/folgen/004-vertraust-du-deiner-it/');
    await expect(page.locator('a[data-fediverse-post]').count()).resolves.toBe(0);
    await context.close();
  });
});
