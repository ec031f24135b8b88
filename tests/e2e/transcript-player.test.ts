import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { afterTwoFrames, eventually, scrollSettled, STATE_TIMEOUT } from '../support/page-states';

const episodePage = '/folgen/004-vertraust-du-deiner-it/';
const browser = useBrowser();

async function openEpisode(path = episodePage): Promise<Page> {
  const { context } = await browser.isolatedContext();
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForSelector('[data-player]:not([hidden])');
  return page;
}

/** The player's further controls: open at the top of the page, on demand ("Mehr zur Wiedergabe") while docked. */
async function moreControls(page: Page) {
  const controls = page.locator('[data-player-controls]');
  const expand = page.locator('[data-action="expand"]');
  await eventually(async () => {
    await scrollSettled(page);
    if (!(await controls.isVisible()) && (await expand.isVisible())) await expand.click();
    return controls.isVisible();
  }).toBe(true);
  return controls;
}

const audioTime = (page: Page) => page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.currentTime);
const currentParagraphStart = (page: Page) => page.locator('p.is-current').getAttribute('data-start');

async function waitForTime(page: Page, seconds: number) {
  await page.waitForFunction((target) => Math.abs(document.querySelector('audio')!.currentTime - target) < 1.5, seconds, {
    timeout: STATE_TIMEOUT,
  });
}

/**
 * Waits until the playing audio reaches `seconds` and pauses it there, in the same
 * frame. A paragraph lasts two or three seconds: on a busy machine the audio can
 * play past the next one between two reads from the test.
 */
async function pauseAt(page: Page, seconds: number) {
  await page.waitForFunction(
    (target) => {
      const audio = document.querySelector('audio')!;
      if (audio.currentTime < target) return false;
      audio.pause();
      return true;
    },
    seconds,
    { timeout: STATE_TIMEOUT },
  );
}

describe('the transcript follows the player', () => {
  it('clicking a time mark seeks the audio to it and plays', async () => {
    const page = await openEpisode();
    const mark = page.locator('p[data-start="106"] a.timecode');
    await expect(mark.textContent()).resolves.toBe('00:01:46');
    await mark.click();
    await waitForTime(page, 106);
    expect(await audioTime(page)).toBeGreaterThanOrEqual(106);
    expect(await page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.paused)).toBe(false);
    expect(new URL(page.url()).hash).toBe('#t=106');
    await page.context().close();
  });

  it('opening a #t=120 link sets the player to 02:00 and shows that paragraph; play starts there', async () => {
    const page = await openEpisode(`${episodePage}#t=120`);
    await eventually(() => currentParagraphStart(page)).toBe('119');
    await expect(page.locator('[data-player-time]').textContent()).resolves.toBe('02:00');
    expect(await page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.paused)).toBe(true);
    await page.getByRole('button', { name: 'Abspielen ab 02:00' }).click();
    await pauseAt(page, 120.5);
    expect(Math.floor(await audioTime(page))).toBeGreaterThanOrEqual(120);
    await page.context().close();
  });

  it('a search hit with ?t= and a heading anchor sets the player to that time, highlighting the chapter’s paragraph', async () => {
    const page = await openEpisode(`${episodePage}?t=103#vertrauen-gegenüber-dienstleistern`);
    // The chapter starts at 01:43, its first paragraph's mark says 01:46: that paragraph, not the one before the heading.
    await eventually(() => currentParagraphStart(page)).toBe('106');
    await expect(page.locator('[data-player-time]').textContent()).resolves.toBe('01:43');
    await page.context().close();
  });

  it('the highlighted paragraph moves as time advances', async () => {
    const page = await openEpisode();
    const seekTo = (seconds: number) =>
      page.locator('audio').evaluate((audio: HTMLAudioElement, to) => {
        audio.currentTime = to;
      }, seconds);
    // Seeks while paused, once the audio has loaded: playing on, it could leave a paragraph before the test looks.
    await page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.play().then(() => audio.pause()));
    await seekTo(29);
    await eventually(() => currentParagraphStart(page)).toBe('28');
    // Chapter 2 begins at 00:30: its opening paragraph (00:32), not the last one of chapter 1.
    await seekTo(30);
    await eventually(() => currentParagraphStart(page)).toBe('32');
    await seekTo(33);
    await eventually(() => currentParagraphStart(page)).toBe('32');
    await page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.play());
    await pauseAt(page, 35.2);
    await eventually(() => currentParagraphStart(page)).toBe('35');
    expect(await page.locator('p.is-current').count()).toBe(1);
    await page.context().close();
  });

  it('the chapter list moves the player to a chapter, scrolls to it and marks it current', async () => {
    const page = await openEpisode();
    const chapter = page.locator('[data-chapter-list] a', { hasText: 'Wenn etwas schiefgeht' });
    await chapter.click();
    await waitForTime(page, 177);
    await eventually(() => chapter.getAttribute('aria-current')).toBe('true');
    await page.waitForFunction(() => {
      const top = document.getElementById('wenn-etwas-schiefgeht')!.getBoundingClientRect().top;
      return top >= -1 && top < innerHeight / 2;
    });
    await page.context().close();
  });

  it('every control is a labelled button and skip and speed work', async () => {
    const page = await openEpisode();
    const names = await (
      await moreControls(page)
    )
      .locator('button')
      .evaluateAll((buttons) => buttons.map((button) => button.textContent!.trim()));
    expect(names.every((name) => name.length > 3)).toBe(true);
    await page.getByRole('button', { name: '30 Sekunden vor' }).click();
    await eventually(() => audioTime(page)).toBe(30);
    await page.getByRole('button', { name: '15 Sekunden zurück' }).click();
    await eventually(() => audioTime(page)).toBe(15);
    await page.getByRole('button', { name: 'Nächstes Kapitel' }).click();
    await eventually(() => audioTime(page)).toBe(30);
    const speed = page.getByRole('button', { name: /Geschwindigkeit/ });
    await speed.click();
    await eventually(() => page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.playbackRate)).toBe(1.25);
    await eventually(() => speed.textContent()).toContain('1,25');
    await page.context().close();
  });

  it('"link to this moment" copies the page address with #t=', async () => {
    const { context } = await browser.isolatedContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${episodePage}#t=200`);
    await page.waitForSelector('[data-player]:not([hidden])');
    // The page scrolls to the linked paragraph, and the player docks on the way.
    await page.waitForFunction(() => {
      const spoken = document.querySelector('p.is-current');
      return spoken !== null && spoken.getBoundingClientRect().top >= 0 && spoken.getBoundingClientRect().bottom <= innerHeight;
    });
    const controls = await moreControls(page);
    await controls.getByRole('button', { name: 'Link zu dieser Stelle kopieren' }).click();
    await eventually(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/folgen\/004-vertraust-du-deiner-it\/#t=200$/);
    const status = page.locator('[data-player-status]');
    await eventually(() => status.textContent()).toContain('Link kopiert');
    // A confirmation is for the moment: it clears itself and the player shrinks back.
    await eventually(() => status.textContent()).toBe('');
    await context.close();
  });

  it('follows the text from a clicked time mark, stops when the reader scrolls away, and resumes on "Mitlesen"', async () => {
    const page = await openEpisode();
    // Read by its place: while the player is docked, its further controls are folded away.
    const follow = page.locator('[data-follow]');
    await expect(follow.textContent()).resolves.toContain('Mitlesen');
    await expect(follow.getAttribute('aria-pressed')).resolves.toBe('false');
    await page.locator('p[data-start="106"] a.timecode').click();
    await eventually(() => follow.getAttribute('aria-pressed')).toBe('true');
    // Paused, so no paragraph change scrolls the page while the wheel does.
    await page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.pause());
    await scrollSettled(page);
    // The spoken paragraph is in full view, above the docked player.
    expect(
      await page.locator('p.is-current').evaluate((spoken) => {
        const { top, bottom } = spoken.getBoundingClientRect();
        const visibleBottom = document.querySelector('.audio-player.is-docked')?.getBoundingClientRect().top ?? innerHeight;
        return top >= 0 && bottom <= visibleBottom;
      }),
    ).toBe(true);
    await page.mouse.move(400, 300);
    await page.mouse.wheel(0, 4000);
    await eventually(() => follow.getAttribute('aria-pressed')).toBe('false');
    await moreControls(page);
    await follow.click();
    await eventually(() => follow.getAttribute('aria-pressed')).toBe('true');
    await eventually(() =>
      page.locator('p.is-current').evaluate((paragraph) => {
        const { top, bottom } = paragraph.getBoundingClientRect();
        return bottom > 0 && top < innerHeight;
      }),
    ).toBe(true);
    await page.context().close();
  });

  it('pressing play at the top does not scroll the page to the transcript', async () => {
    const page = await openEpisode();
    await page.locator('audio').evaluate((audio: HTMLAudioElement) => {
      audio.currentTime = 6.5;
      return audio.play();
    });
    // Checked in every frame: polling from the test could miss the 3 s the paragraph is current.
    await page.waitForFunction(() => document.querySelector<HTMLElement>('p.is-current')?.dataset.start === '7', undefined, {
      timeout: STATE_TIMEOUT,
    });
    // A scroll the paragraph change started would have moved the page by now.
    await afterTwoFrames(page);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('the whole transcript is readable, with time links, chapter times and the native player with captions', async () => {
    const { context } = await browser.isolatedContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(episodePage);
    const text = await page.locator('.episode__transcript').innerText();
    expect(text).toContain('Herzlich willkommen zu einer neuen Folge von Klartext IT');
    expect(text).toContain('Euch da draußen vielen Dank fürs Zuhören');
    expect(await page.locator('p[data-start] a.timecode[href^="#t="]').count()).toBeGreaterThan(100);
    expect(await page.locator('.chapter-heading a.timecode').count()).toBe(8);
    expect(await page.locator('audio[controls]').isVisible()).toBe(true);
    expect(await page.locator('audio track[kind="captions"]').getAttribute('src')).toBe(
      '/folgen/004-vertraust-du-deiner-it/transcript.vtt',
    );
    expect(await page.locator('[data-player-controls]').isVisible()).toBe(false);
    expect(await page.locator('[data-chapter-list] a[data-start]').first().getAttribute('href')).toBe('#begrüßung-und-vorstellung');
    await context.close();
  });
});

describe('generated files', () => {
  it.each([
    ['transcript.vtt', /^WEBVTT\n/],
    ['transcript.srt', /^1\n00:00:07,000 --> /],
    ['transcript.json', /^\{"version":"1\.0\.0","segments":\[\{"speaker":"Oliver","startTime":7,/],
    [
      'transcript.html',
      /^<!DOCTYPE html>\n<html lang="de">[\s\S]*<body>\n<cite>Oliver:<\/cite>\n<time datetime="PT7S">00:00:07<\/time>\n<p>Herzlich/,
    ],
    ['chapters.json', /^\{"version":"1\.2\.0",/],
  ])('%s is served next to the episode page and linked from it', async (file, start) => {
    const response = await fetch(new URL(`${episodePage}${file}`, inject('siteUrl')));
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(start);
    const html = await (await fetch(new URL(episodePage, inject('siteUrl')))).text();
    expect(html).toContain(`href="${episodePage}${file}"`);
  });

  it('every transcript and chapters file the feed announces exists, with PSC chapters inline', async () => {
    const feed = await (await fetch(new URL('/feed.xml', inject('siteUrl')))).text();
    const urls = [...feed.matchAll(/<podcast:(?:transcript|chapters) url="https:\/\/[^/]+([^"#]+)[^"]*"/g)].map((match) => match[1]!);
    expect(urls.filter((url) => url.startsWith(episodePage))).toEqual([
      `${episodePage}transcript.vtt`,
      `${episodePage}transcript.srt`,
      `${episodePage}transcript.json`,
      `${episodePage}transcript.html`,
      `${episodePage}chapters.json`,
    ]);
    for (const url of new Set(urls)) expect((await fetch(new URL(url, inject('siteUrl')))).status, url).toBe(200);
    expect(feed).toContain('<psc:chapter start="00:02:57" title="Wenn etwas schiefgeht"');
  });

  it.each(['001-warum-dieser-podcast', '004-vertraust-du-deiner-it', '005-remote-arbeit-ohne-reibung'])(
    'the chapter list of %s links to headings that exist on the page',
    async (slug) => {
      const html = await (await fetch(new URL(`/folgen/${slug}/`, inject('siteUrl')))).text();
      const list = /data-chapter-list[\s\S]*?<\/nav>/.exec(html)![0];
      const targets = [...list.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]!);
      expect(targets.length).toBeGreaterThan(2);
      for (const id of targets) expect(html).toContain(`id="${id}"`);
    },
  );

  it('an untimed episode gets no timed files and no captions track', async () => {
    const base = inject('siteUrl');
    expect((await fetch(new URL('/folgen/006-outsourcing-sauber-beenden/transcript.vtt', base))).status).toBe(404);
    const html = await (await fetch(new URL('/folgen/006-outsourcing-sauber-beenden/', base))).text();
    expect(html).not.toContain('<track');
    expect(html).toContain('data-player-controls');
  });
});
