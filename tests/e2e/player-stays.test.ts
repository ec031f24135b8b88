import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser, type ContextOptions } from '../support/browser';
import { axeViolations } from '../support/axe';
import { eventually, scrollSettled, STATE_TIMEOUT } from '../support/page-states';
import { isShown, PHONE } from '../support/visibility';
import { LONG_EPISODE_URL } from '../../quality/budgets';

/**
 * The player as a listener uses it: it keeps playing while they read and move
 * around the site, stays small on a phone, never hides what it highlights,
 * and remembers where they were and how fast they listen.
 */

const browser = useBrowser();

async function listener(options: ContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const { context } = await browser.isolatedContext({ viewport: PHONE, ...options });
  return { context, page: await context.newPage() };
}

async function openEpisode(page: Page, path = LONG_EPISODE_URL) {
  await page.goto(path);
  await page.waitForSelector('[data-player]:not([hidden])');
}

/** The audio of the episode `slug`, wherever its player is on the page. */
const audioOf = (page: Page, slug = '004-vertraust-du-deiner-it') => page.locator(`audio[data-episode="${slug}"]`);
const audioState = (page: Page, slug?: string) =>
  audioOf(page, slug).evaluate((audio: HTMLAudioElement) => ({
    time: audio.currentTime,
    paused: audio.paused,
    marked: (audio as HTMLAudioElement & { marked?: boolean }).marked === true,
  }));

async function playFor(page: Page, seconds: number) {
  await page.locator('[data-episode-player] [data-action="toggle"]').click();
  await page.waitForFunction((at) => document.querySelector('audio')!.currentTime > at, seconds, { timeout: STATE_TIMEOUT });
}

/** The bar at the bottom of the screen, wherever it came from. */
const dockedBar = (page: Page) => page.locator('.audio-player.is-docked');

async function scrollToTranscript(page: Page) {
  await page.locator('#transcript-heading').evaluate((heading) => heading.scrollIntoView());
  await eventually(() => isShown(dockedBar(page))).toBe(true);
  await scrollSettled(page);
}

describe('audio that keeps playing from page to page', () => {
  it('plays on, without restarting, through the archive to another episode and back, where the transcript follows again', async () => {
    const { context, page } = await listener();
    await openEpisode(page);
    await playFor(page, 1);
    await audioOf(page).evaluate((audio) => Object.assign(audio, { marked: true }));

    await page.locator('.site-header').getByRole('link', { name: 'Folgen' }).click();
    await page.waitForURL('**/folgen/');
    const before = (await audioState(page)).time;
    await eventually(async () => (await audioState(page)).time).toBeGreaterThan(before + 0.5);
    expect(await audioState(page)).toMatchObject({ paused: false, marked: true });
    const bar = dockedBar(page);
    await expect(isShown(bar.getByRole('link', { name: /Vertraust du deiner IT\?/ }))).resolves.toBe(true);
    expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(72);

    await page.locator('.episode-card a', { hasText: 'Projekte, die niemand stoppt' }).click();
    await page.waitForURL('**/folgen/007-projekte-die-niemand-stoppt/');
    const onOther = (await audioState(page)).time;
    await eventually(async () => (await audioState(page)).time).toBeGreaterThan(onOther + 0.5);
    expect(await audioState(page)).toMatchObject({ paused: false, marked: true });
    expect((await audioState(page, '007-projekte-die-niemand-stoppt')).paused).toBe(true);

    await bar.getByRole('link', { name: /Vertraust du deiner IT\?/ }).click();
    await page.waitForURL(`**${LONG_EPISODE_URL}`);
    expect(await audioState(page)).toMatchObject({ paused: false, marked: true });
    await expect(
      page.locator('[data-episode-player] audio').evaluate((audio) => (audio as HTMLAudioElement & { marked?: boolean }).marked),
    ).resolves.toBe(true);
    await eventually(() => page.locator('p.is-current').count()).toBe(1);
    await context.close();
  });

  it('with nothing playing, a link loads its page afresh, as without the router', async () => {
    const { context, page } = await listener();
    await openEpisode(page);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.locator('.site-header').getByRole('link', { name: 'Folgen' }).click();
    await page.waitForURL('**/folgen/');
    await eventually(() => page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument ?? false)).toBe(false);
    await expect(isShown(dockedBar(page))).resolves.toBe(false);
    await context.close();
  });

  it('starting another episode stops the one carried along: one episode at a time', async () => {
    const { context, page } = await listener();
    await openEpisode(page);
    await playFor(page, 0.5);
    await page.locator('.site-header').getByRole('link', { name: 'Folgen' }).click();
    await page.waitForURL('**/folgen/');
    await page.locator('.episode-card a', { hasText: 'Projekte, die niemand stoppt' }).click();
    await page.waitForURL('**/folgen/007-projekte-die-niemand-stoppt/');
    await page.locator('[data-episode-player] [data-action="toggle"]').click();
    await eventually(async () => (await audioState(page, '007-projekte-die-niemand-stoppt')).paused).toBe(false);
    await eventually(() => audioOf(page).count()).toBe(0);
    await context.close();
  });
});

describe('the docked player', () => {
  it.each([
    ['a phone (390 × 844)', 72, PHONE],
    ['a phone at 200 % zoom (195 × 422 CSS pixels)', 422 / 4, { width: 195, height: 422 }],
    ['a desktop at 200 % zoom (640 × 400 CSS pixels)', 400 / 4, { width: 640, height: 400 }],
  ])('on %s is one row of at most %d px: play, time, position and "more"', async (_screen, limit, viewport) => {
    const { context, page } = await listener({ viewport });
    await openEpisode(page);
    await scrollToTranscript(page);
    const bar = dockedBar(page);
    const height = (await bar.boundingBox())!.height;
    expect(height).toBeLessThanOrEqual(limit);
    for (const part of ['[data-action="toggle"]', '[data-player-time]', '[data-player-seek]', '[data-action="expand"]'])
      await expect(isShown(bar.locator(part)), part).resolves.toBe(true);
    await expect(isShown(bar.locator('[data-player-controls]'))).resolves.toBe(false);

    await bar.getByRole('button', { name: 'Mehr zur Wiedergabe' }).click();
    await eventually(() => isShown(bar.getByRole('button', { name: '30 Sekunden vor' }))).toBe(true);
    await expect(bar.locator('[data-action="expand"]').getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('never covers the paragraph it highlights', async () => {
    const { context, page } = await listener();
    await openEpisode(page);
    await page.locator('p[data-start="106"] a.timecode').click();
    await eventually(() => page.locator('[data-follow]').getAttribute('aria-pressed')).toBe('true');
    await audioOf(page).evaluate((audio: HTMLAudioElement) => audio.pause());
    await eventually(() => isShown(dockedBar(page))).toBe(true);
    await scrollSettled(page);
    const uncovered = () =>
      page.locator('p.is-current').evaluate((paragraph) => {
        const { top, bottom } = paragraph.getBoundingClientRect();
        const dock = document.querySelector('.audio-player.is-docked')!.getBoundingClientRect();
        return top >= 0 && bottom <= dock.top;
      });
    await expect(uncovered()).resolves.toBe(true);
    // Read on, then ask to read along again: the paragraph comes back into view, above the bar.
    await page.mouse.wheel(0, 3000);
    await eventually(() => page.locator('[data-follow]').getAttribute('aria-pressed')).toBe('false');
    await dockedBar(page).getByRole('button', { name: 'Mehr zur Wiedergabe' }).click();
    await page.getByRole('button', { name: 'Mitlesen' }).click();
    await eventually(uncovered).toBe(true);
    await scrollSettled(page);
    await expect(uncovered()).resolves.toBe(true);
    await context.close();
  });
});

describe('a position you can trust', () => {
  /** Plays, goes to 02:20 and pauses there, as a listener stopping at that moment. */
  async function listenUntil140(page: Page) {
    await playFor(page, 0.3);
    await audioOf(page).evaluate(async (audio: HTMLAudioElement) => {
      audio.currentTime = 140;
      await new Promise((done) => audio.addEventListener('seeked', done, { once: true }));
      audio.pause();
    });
    await eventually(() => page.evaluate(() => localStorage.getItem('position:004-vertraust-du-deiner-it'))).toBe('140');
  }

  it('after a reload far down the page, the docked player stands at the stored moment and plays on from there', async () => {
    const { context, page } = await listener();
    await openEpisode(page);
    await listenUntil140(page);
    await page.locator('h3', { hasText: 'Drei Dinge für Montag' }).evaluate((heading) => heading.scrollIntoView());
    await scrollSettled(page);
    // The page keeps its scroll position over the reload, as browsers do.
    await eventually(() => page.evaluate(() => (history.state as { scrollY?: number } | null)?.scrollY ?? 0)).toBeGreaterThan(2000);
    await page.reload();
    await page.waitForSelector('[data-player]:not([hidden])');
    await eventually(() => isShown(dockedBar(page))).toBe(true);
    const bar = dockedBar(page);
    await expect(bar.locator('[data-player-time]').textContent()).resolves.toBe('02:20');
    await bar.getByRole('button', { name: 'Weiterhören ab 02:20' }).click();
    await page.waitForFunction(
      () => !document.querySelector('audio')!.paused && document.querySelector('audio')!.currentTime >= 140,
      undefined,
      {
        timeout: STATE_TIMEOUT,
      },
    );
    await context.close();
  });

  it.each([['?t=30'], ['#t=30']])('opening a %s link shows 00:30 but keeps the stored position until the listener plays', async (link) => {
    const { context, page } = await listener();
    await openEpisode(page);
    await listenUntil140(page);
    await page.goto('/');
    await openEpisode(page, `${LONG_EPISODE_URL}${link}`);
    await expect(page.locator('[data-player-time]').first().textContent()).resolves.toBe('00:30');
    await expect(page.getByRole('button', { name: 'Abspielen ab 00:30' }).count()).resolves.toBe(1);
    await openEpisode(page, `${LONG_EPISODE_URL}?unrelated=1`);
    await expect(page.locator('[data-player-time]').first().textContent()).resolves.toBe('02:20');
    expect(await page.evaluate(() => localStorage.getItem('position:004-vertraust-du-deiner-it'))).toBe('140');
    await context.close();
  });

  it('remembers the speed from one visit to the next', async () => {
    const { context, page } = await listener();
    await openEpisode(page);
    const speed = page.getByRole('button', { name: /Geschwindigkeit/ });
    await speed.click();
    await speed.click();
    await eventually(() => speed.textContent()).toContain('1,5');
    await page.reload();
    await page.waitForSelector('[data-player]:not([hidden])');
    await expect(page.getByRole('button', { name: /Geschwindigkeit/ }).textContent()).resolves.toContain('1,5');
    await playFor(page, 0.2);
    await expect(audioOf(page).evaluate((audio: HTMLAudioElement) => audio.playbackRate)).resolves.toBe(1.5);
    await context.close();
  });
});

describe('lock screen and keyboard', () => {
  it('the lock screen shows the episode and its buttons steer the player', async () => {
    const { context, page } = await listener();
    await context.addInitScript(() => {
      const handlers: Record<string, ((details: object) => void) | null> = {};
      Object.assign(window, { mediaHandlers: handlers });
      const original = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
      navigator.mediaSession.setActionHandler = (action, handler) => {
        handlers[action] = handler as ((details: object) => void) | null;
        original(action, handler);
      };
    });
    await openEpisode(page);
    await playFor(page, 0.3);
    const metadata = await page.evaluate(() => {
      const { title, artist, artwork } = navigator.mediaSession.metadata!;
      return { title, artist, artwork: artwork.map((image) => new URL(image.src).pathname) };
    });
    expect(metadata).toEqual({ title: 'Vertraust du deiner IT?', artist: 'Klartext IT', artwork: ['/artwork.jpg'] });
    const press = (action: string, details: object = {}) =>
      page.evaluate(
        ([name, extra]) =>
          (window as unknown as { mediaHandlers: Record<string, (details: object) => void> }).mediaHandlers[name]!({
            action: name,
            ...extra,
          }),
        [action, details] as const,
      );
    const time = () => audioOf(page).evaluate((audio: HTMLAudioElement) => audio.currentTime);
    await press('pause');
    await eventually(async () => (await audioState(page)).paused).toBe(true);
    await press('seekto', { seekTime: 100 });
    await eventually(time).toBe(100);
    await press('seekforward');
    await eventually(time).toBe(130);
    await press('seekbackward');
    await eventually(time).toBe(115);
    await press('nexttrack');
    await eventually(time).toBe(142);
    await press('previoustrack');
    await eventually(time).toBe(142 - 39);
    await press('play');
    await eventually(async () => (await audioState(page)).paused).toBe(false);
    await context.close();
  });

  it('space or K plays and pauses, J and L skip, but never while typing in a field or on a button', async () => {
    const { context, page } = await listener();
    await openEpisode(page);
    await expect(page.locator('.player-controls__keys').textContent()).resolves.toContain('Leertaste oder K');
    const paused = async () => (await audioState(page)).paused;
    await page.keyboard.press('k');
    await eventually(paused).toBe(false);
    await page.keyboard.press(' ');
    await eventually(paused).toBe(true);
    const time = () => audioOf(page).evaluate((audio: HTMLAudioElement) => Math.round(audio.currentTime));
    const start = await time();
    await page.keyboard.press('l');
    await eventually(time).toBe(start + 30);
    await page.keyboard.press('j');
    await eventually(time).toBe(start + 15);

    const field = page.getByLabel('Deine E-Mail-Adresse');
    await field.focus();
    await page.keyboard.type('kjl k');
    await expect(field.inputValue()).resolves.toBe('kjl k');
    expect(await paused()).toBe(true);
    expect(await time()).toBe(start + 15);

    const speed = page.getByRole('button', { name: /Geschwindigkeit/ });
    await speed.focus();
    await page.keyboard.press(' ');
    await eventually(() => speed.textContent()).toContain('1,25');
    expect(await paused()).toBe(true);
    await context.close();
  });
});
