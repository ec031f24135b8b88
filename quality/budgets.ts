/**
 * The performance budgets of the site, checked by `npm test` on the built demo
 * (tests/e2e/budgets.test.ts). Sizes are bytes after gzip at level 9, what
 * static hosts serve when they cannot serve brotli.
 */

/** The demo's longest episode, with a fully timed 4,300-word transcript. */
export const LONG_EPISODE_URL = '/folgen/004-vertraust-du-deiner-it/';

export const BUDGETS = {
  /**
   * All JavaScript an episode page loads, external and inline. Astro's client
   * router, which keeps the audio playing from page to page, takes 5.6 KB of it.
   */
  episodeJsBytes: 16 * 1024,
  /**
   * HTML up to the end of the player. A new TCP connection sends about 14 KB
   * before it waits for the first acknowledgement, so the player arrives in the first round trip.
   * @see https://www.rfc-editor.org/rfc/rfc6928 (initial window of 10 segments)
   */
  htmlToPlayerBytes: 14 * 1024,
  /** HTML plus every stylesheet of the long episode page. */
  episodeHtmlCssBytes: 40 * 1024,
  /**
   * Cumulative layout shift while a page loads on a phone with slow web fonts;
   * Lighthouse gives full marks up to 0.1.
   * @see https://web.dev/articles/cls
   */
  layoutShift: 0.02,
  /** Scripts that stop the browser from rendering until they are loaded. */
  renderBlockingScripts: 0,
} as const;

/** The audio player of an episode page; the budget for the first round trip ends with it. */
export const PLAYER_SELECTOR = '[data-audio-player]';

/** The pages `npm run lighthouse` scores; the goal is 100 in all four categories on each. */
export const LIGHTHOUSE_PAGES = ['/', LONG_EPISODE_URL, '/togo/'];
