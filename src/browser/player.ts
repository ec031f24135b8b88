/**
 * The episode player on top of the native <audio>: a compact bar that docks to
 * the bottom while reading and keeps playing from page to page, seeking from
 * the transcript, follow-along, chapters, speed, skip, shareable moments,
 * resume, keyboard shortcuts and Media Session. Without this script the page
 * stays a readable transcript with a working native player.
 */
import { formatClock } from '../lib/base/duration';
import {
  chapterTarget,
  momentUrl,
  nextSpeed,
  paragraphAt,
  shortcutFor,
  startingPoint,
  startTimeFromUrl,
  storedSpeed,
  type PlayerShortcut,
} from '../lib/player-time';
import { onEveryPage } from './page-life';
import { showBriefly } from './transient';

interface MediaInfo {
  title: string;
  artist: string;
  artwork: string;
  chapters: { title: string; startTime: number }[];
}

type Labels = Record<'play' | 'pause' | 'resumeAt' | 'playFrom' | 'position' | 'resume' | 'linked', string>;

const SPEED_KEY = 'player.speed';
/** How far the skip buttons, keys and headset buttons jump. */
const BACK_SECONDS = 15;
const FORWARD_SECONDS = 30;
/** The stored position follows playback in steps this large, so a closed tab loses at most this much. */
const SAVE_EVERY_SECONDS = 5;

/** Storage can be blocked (private mode, settings) or full; resuming is a convenience, never an error. */
function remember<T>(use: (storage: Storage) => T): T | undefined {
  try {
    return use(localStorage);
  } catch {
    return undefined;
  }
}

/** Moves an element without interrupting its audio where the browser can (`moveBefore`); re-inserting in one go keeps it playing elsewhere. */
function moveInto(parent: Node, element: Element, before: Node | null = null): void {
  const keeping = parent as Node & { moveBefore?: (node: Node, child: Node | null) => void };
  if (typeof keeping.moveBefore === 'function' && element.isConnected && parent.isConnected) keeping.moveBefore(element, before);
  else parent.insertBefore(element, before);
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);

/** What the episode page around a player offers it: the transcript to follow and the chapter list. */
interface PageParts {
  root: HTMLElement;
  slot: HTMLElement;
  paragraphs: HTMLElement[];
  paragraphStarts: number[];
  chapterLinks: HTMLAnchorElement[];
}

const players = new WeakMap<HTMLElement, Player>();
/** The player of the episode page on screen, when the page is one. */
let pagePlayer: Player | undefined;
/** A player that plays on from an earlier page, docked in the layout's player place. */
let carried: Player | undefined;

class Player {
  readonly audio: HTMLAudioElement;
  readonly slug: string;
  private readonly media: MediaInfo;
  private readonly labels: Labels;
  private readonly knownDuration: number;
  private readonly ui: {
    player: HTMLElement;
    toggleLabel: HTMLElement;
    time: HTMLElement;
    seek: HTMLInputElement;
    expand: HTMLButtonElement;
    note: HTMLElement;
    noteText: HTMLElement;
    restart: HTMLButtonElement;
    status: HTMLElement;
    follow: HTMLButtonElement | null;
    speed: HTMLElement;
  };
  /** Whether the listener has played in this visit; only then is the position worth storing. */
  private played = false;
  private savedAt = 0;
  /** Where play starts when the listener has not played yet (a linked moment, the stored position). */
  private target: number | undefined;
  private from: 'link' | 'resume' | 'start' = 'start';
  private seeking = false;
  private page: PageParts | undefined;
  private current = -1;
  private currentChapter = -1;
  private readonly sizing = new ResizeObserver(() => updateDockSpace());
  following = false;

  constructor(readonly dock: HTMLElement) {
    this.audio = dock.querySelector('audio')!;
    this.slug = dock.dataset.slug ?? '';
    this.media = JSON.parse(dock.dataset.media ?? '{}') as MediaInfo;
    this.labels = JSON.parse(dock.dataset.labels ?? '{}') as Labels;
    this.knownDuration = Number(dock.dataset.duration);
    const $ = <T extends Element>(selector: string) => dock.querySelector<T>(selector)!;
    this.ui = {
      player: $('[data-player]'),
      toggleLabel: $('[data-toggle-label]'),
      time: $('[data-player-time]'),
      seek: $('[data-player-seek]'),
      expand: $('[data-action="expand"]'),
      note: $('[data-player-note]'),
      noteText: $('[data-player-note-text]'),
      restart: $('[data-action="restart"]'),
      status: $('[data-player-status]'),
      follow: dock.querySelector('[data-follow]'),
      speed: $('[data-speed]'),
    };
    players.set(dock, this);

    // The browser's own controls give way to ours; without this script they are the player.
    this.audio.controls = false;
    this.ui.player.hidden = false;
    this.setSpeed(storedSpeed(remember((storage) => storage.getItem(SPEED_KEY)) ?? null));

    dock.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-action]');
      if (button) this.act(button.dataset.action!, button);
    });
    this.ui.seek.addEventListener('input', () => this.showTime(Number(this.ui.seek.value)));
    this.ui.seek.addEventListener('pointerdown', () => (this.seeking = true));
    this.ui.seek.addEventListener('change', () => {
      this.seeking = false;
      this.seek(Number(this.ui.seek.value));
    });

    const audio = this.audio;
    for (const type of ['timeupdate', 'seeked', 'durationchange', 'loadedmetadata']) audio.addEventListener(type, () => this.update());
    audio.addEventListener('play', () => this.onPlay());
    audio.addEventListener('pause', () => {
      this.showPlaying();
      this.save();
    });
    audio.addEventListener('ended', () => {
      this.showPlaying();
      remember((storage) => storage.removeItem(this.storageKey));
    });
    audio.addEventListener('ratechange', () => this.updatePositionState());
    addEventListener('pagehide', () => this.save());

    this.start(
      startingPoint(startTimeFromUrl(location.hash, location.search), remember((s) => s.getItem(this.storageKey)) ?? null, this.duration),
    );
  }

  private get storageKey() {
    return `position:${this.slug}`;
  }

  get duration(): number {
    return Number.isFinite(this.audio.duration) && this.audio.duration > 0 ? this.audio.duration : this.knownDuration;
  }

  /** The time the player shows: where it is, or where it will start. */
  get position(): number {
    return this.target ?? this.audio.currentTime;
  }

  get playing(): boolean {
    return !this.audio.paused && !this.audio.ended;
  }

  /** Sets where play will start, without playing and without touching the stored position. */
  start(point: { seconds: number; from: 'link' | 'resume' | 'start' }): void {
    this.from = point.from;
    this.target = point.from === 'start' ? undefined : point.seconds;
    if (this.target !== undefined) this.audio.currentTime = this.target;
    const time = formatClock(point.seconds);
    this.ui.note.hidden = point.from === 'start';
    this.ui.restart.hidden = point.from !== 'resume';
    this.ui.noteText.textContent = fill(point.from === 'link' ? this.labels.linked : this.labels.resume, { time });
    this.update();
  }

  play(): void {
    if (this.target !== undefined && Math.abs(this.audio.currentTime - this.target) > 0.5) this.audio.currentTime = this.target;
    this.audio.play().catch(() => undefined);
  }

  toggle(): void {
    if (this.playing) this.audio.pause();
    else this.play();
  }

  seek(seconds: number, play = false): void {
    const to = Math.max(0, Math.min(seconds, this.duration || seconds));
    this.audio.currentTime = to;
    if (!this.played) this.target = to;
    this.update();
    if (play) this.play();
  }

  skip(seconds: number): void {
    this.seek(this.position + seconds, this.playing);
  }

  skipChapter(direction: 'previous' | 'next'): void {
    const target = chapterTarget(
      this.media.chapters.map((chapter) => chapter.startTime),
      this.position,
      direction,
    );
    if (target !== undefined) this.seek(target, this.playing);
  }

  private setSpeed(speed: number): void {
    this.audio.defaultPlaybackRate = speed;
    this.audio.playbackRate = speed;
    this.ui.speed.textContent = speed.toLocaleString(document.documentElement.lang);
  }

  private act(action: string, button: HTMLElement): void {
    switch (action) {
      case 'toggle':
        return this.toggle();
      case 'back':
        return this.skip(-BACK_SECONDS);
      case 'forward':
        return this.skip(FORWARD_SECONDS);
      case 'previous-chapter':
        return this.skipChapter('previous');
      case 'next-chapter':
        return this.skipChapter('next');
      case 'speed': {
        const speed = nextSpeed(this.audio.playbackRate);
        this.setSpeed(speed);
        remember((storage) => storage.setItem(SPEED_KEY, String(speed)));
        return;
      }
      case 'follow':
        this.setFollowing(!this.following);
        if (this.following) this.scrollToCurrent();
        return;
      case 'share':
        return void this.shareMoment(button);
      case 'restart':
        this.start({ seconds: 0, from: 'start' });
        this.audio.currentTime = 0;
        return;
      case 'expand': {
        const open = !this.dock.classList.contains('is-expanded');
        this.dock.classList.toggle('is-expanded', open);
        this.ui.expand.setAttribute('aria-expanded', String(open));
        return;
      }
    }
  }

  private async shareMoment(button: HTMLElement): Promise<void> {
    const url = momentUrl(this.dock.dataset.page ?? location.href, this.position);
    const copied = await navigator.clipboard?.writeText(url).then(
      () => true,
      () => false,
    );
    showBriefly(this.ui.status, (copied ? button.dataset.copied : button.dataset.copyFailed)!.replace('{url}', url));
  }

  private onPlay(): void {
    this.played = true;
    this.target = undefined;
    this.ui.note.hidden = true;
    this.showPlaying();
    // One episode at a time: whatever else plays (a player carried from another page) gives way.
    for (const other of [pagePlayer, carried]) if (other && other !== this) other.release();
    setUpMediaSession(this);
    updateDockSpace();
  }

  private showPlaying(): void {
    const playing = this.playing;
    this.ui.player.toggleAttribute('data-playing', playing);
    const time = formatClock(this.position);
    this.ui.toggleLabel.textContent = playing
      ? this.labels.pause
      : this.target
        ? fill(this.from === 'resume' ? this.labels.resumeAt : this.labels.playFrom, { time })
        : this.labels.play;
  }

  private showTime(seconds: number): void {
    const total = formatClock(this.duration);
    const time = formatClock(seconds);
    this.ui.time.textContent = time;
    this.ui.seek.setAttribute('aria-valuetext', fill(this.labels.position, { time, total }));
  }

  update(): void {
    const position = this.position;
    this.ui.seek.max = String(Math.ceil(this.duration));
    if (!this.seeking) {
      this.ui.seek.value = String(Math.floor(position));
      this.showTime(position);
    }
    this.showPlaying();
    this.updatePositionState();
    this.highlight(position);
    if (this.played && Math.abs(this.audio.currentTime - this.savedAt) >= SAVE_EVERY_SECONDS) this.save();
  }

  private updatePositionState(): void {
    if (!('mediaSession' in navigator) || !this.playing || !Number.isFinite(this.audio.duration)) return;
    try {
      navigator.mediaSession.setPositionState({
        duration: this.audio.duration,
        playbackRate: this.audio.playbackRate,
        position: Math.min(this.audio.currentTime, this.audio.duration),
      });
    } catch {
      // A position the browser finds inconsistent (during a seek) is skipped; the next update corrects it.
    }
  }

  save(): void {
    if (!this.played || this.audio.ended) return;
    this.savedAt = this.audio.currentTime;
    remember((storage) => storage.setItem(this.storageKey, String(Math.floor(this.audio.currentTime))));
  }

  // The page: transcript, chapter list, the place to dock from.

  attach(root: HTMLElement): void {
    const slot = root.querySelector<HTMLElement>('[data-player-slot]')!;
    const paragraphs = [...document.querySelectorAll<HTMLElement>('main p[data-start]')];
    this.page = {
      root,
      slot,
      paragraphs,
      paragraphStarts: paragraphs.map((paragraph) => Number(paragraph.dataset.start)),
      chapterLinks: [...document.querySelectorAll<HTMLAnchorElement>('[data-chapter-list] a[data-start]')],
    };
    this.current = -1;
    this.currentChapter = -1;
    this.dock.classList.remove('is-carried');
    if (this.ui.follow) this.ui.follow.hidden = paragraphs.length === 0;
    this.setFollowing(false);
    this.sizing.observe(this.dock);
    this.checkDock();
    this.update();
  }

  /**
   * Docks once the player's place has scrolled out of view above; undocks when it
   * comes back. Only one bar docks: a player still playing from another page keeps the place.
   */
  checkDock(): void {
    const slot = this.page?.slot;
    if (!slot) return;
    const docked = slot.getBoundingClientRect().bottom < 0 && !carried;
    if (docked === this.dock.classList.contains('is-docked')) return;
    slot.style.minHeight = docked ? `${slot.offsetHeight}px` : '';
    this.setDocked(docked);
  }

  /** Leaves the page: stops following its transcript and docking from its place. */
  detach(): void {
    this.save();
    this.page?.paragraphs[this.current]?.classList.remove('is-current');
    this.page = undefined;
  }

  /** Plays on from another page: docked in the layout's player place until it stops. */
  carry(place: HTMLElement): void {
    this.detach();
    moveInto(place, this.dock);
    this.dock.classList.add('is-carried');
    if (this.ui.follow) this.ui.follow.hidden = true;
    this.setDocked(true);
    this.sizing.observe(this.dock);
  }

  /** Comes home to its own episode's page, in place of the fresh player there. */
  returnTo(root: HTMLElement): void {
    const fresh = root.querySelector<HTMLElement>('[data-player-dock]')!;
    moveInto(fresh.parentNode!, this.dock, fresh);
    fresh.remove();
    this.setDocked(false);
    this.attach(root);
    const linked = startTimeFromUrl(location.hash, location.search);
    if (linked !== undefined) this.seek(linked, this.playing);
  }

  /** Stops a carried player for good: its position is kept, its bar goes. */
  release(): void {
    if (this === pagePlayer) {
      this.audio.pause();
      return;
    }
    this.audio.pause();
    this.save();
    this.sizing.disconnect();
    this.dock.remove();
    if (carried === this) carried = undefined;
    updateDockSpace();
    // The page's own player may dock now that the place is free.
    pagePlayer?.checkDock();
  }

  private setDocked(docked: boolean): void {
    this.dock.classList.toggle('is-docked', docked);
    if (!docked) {
      this.dock.classList.remove('is-expanded');
      this.ui.expand.setAttribute('aria-expanded', 'false');
    }
    updateDockSpace();
  }

  // Following the transcript.

  setFollowing(value: boolean): void {
    this.following = value;
    this.ui.follow?.setAttribute('aria-pressed', String(value));
  }

  currentParagraph(): HTMLElement | undefined {
    return this.page?.paragraphs[this.current];
  }

  /** Scrolls the spoken paragraph into view only when it is not there already, or hidden behind the docked bar. */
  revealCurrent(): void {
    const paragraph = this.currentParagraph();
    if (paragraph && !inView(paragraph, true)) this.scrollToCurrent();
  }

  scrollToCurrent(): void {
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.currentParagraph()?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  }

  private highlight(position: number): void {
    const page = this.page;
    if (!page) return;
    const chapterStarts = this.media.chapters.map((chapter) => chapter.startTime);
    const index = paragraphAt(page.paragraphStarts, chapterStarts, position);
    if (index !== this.current) {
      page.paragraphs[this.current]?.classList.remove('is-current');
      this.current = index;
      page.paragraphs[index]?.classList.add('is-current');
      if (this.following && !readerScrolled && this.playing) this.scrollToCurrent();
    }
    const chapter = page.chapterLinks.length ? chapterIndex(page.chapterLinks, position) : -1;
    if (chapter !== this.currentChapter) {
      page.chapterLinks[this.currentChapter]?.removeAttribute('aria-current');
      this.currentChapter = chapter;
      page.chapterLinks[chapter]?.setAttribute('aria-current', 'true');
    }
  }

  get mediaInfo(): MediaInfo {
    return this.media;
  }
}

function chapterIndex(links: HTMLAnchorElement[], position: number): number {
  let found = -1;
  links.forEach((link, index) => {
    if (Number(link.dataset.start) <= position) found = index;
  });
  return found;
}

/** Keeps the page's bottom edge and scrolled-to paragraphs clear of the docked bar. */
function updateDockSpace(): void {
  const docked = document.querySelector<HTMLElement>('.audio-player.is-docked');
  document.documentElement.style.setProperty('--player-dock-height', docked ? `${docked.offsetHeight}px` : '0px');
}

/** The player the keys and headset buttons steer: the one playing, else the page's own. */
function activePlayer(): Player | undefined {
  if (carried?.playing) return carried;
  return pagePlayer ?? carried;
}

/** Lock screen and headset controls. @see https://www.w3.org/TR/mediasession/ */
function setUpMediaSession(player: Player): void {
  if (!('mediaSession' in navigator)) return;
  const media = player.mediaInfo;
  // chapterInfo is newer than the DOM types; browsers without it ignore the field.
  navigator.mediaSession.metadata = new MediaMetadata({
    title: media.title,
    artist: media.artist,
    artwork: [{ src: media.artwork }],
    chapterInfo: media.chapters.map((chapter) => ({ ...chapter, artwork: [] })),
  } as MediaMetadataInit);
  const handlers: [MediaSessionAction, MediaSessionActionHandler][] = [
    ['play', () => player.play()],
    ['pause', () => player.audio.pause()],
    ['seekbackward', (details) => player.skip(-(details.seekOffset ?? BACK_SECONDS))],
    ['seekforward', (details) => player.skip(details.seekOffset ?? FORWARD_SECONDS)],
    ['seekto', (details) => player.seek(details.seekTime ?? player.position, player.playing)],
    ...(media.chapters.length > 0
      ? ([
          ['previoustrack', () => player.skipChapter('previous')],
          ['nexttrack', () => player.skipChapter('next')],
        ] as [MediaSessionAction, MediaSessionActionHandler][])
      : []),
  ];
  for (const action of ['previoustrack', 'nexttrack'] as MediaSessionAction[]) {
    try {
      navigator.mediaSession.setActionHandler(action, null);
    } catch {
      // Not every browser knows every action.
    }
  }
  for (const [action, handler] of handlers) {
    try {
      navigator.mediaSession.setActionHandler(action, handler);
    } catch {
      // Older browsers throw for actions they do not know.
    }
  }
}

// Reading along: after the reader scrolls (programmatic scrolling fires none of these
// events), follow exactly while the spoken paragraph is still in view.
let readerScrolled = false;
let settle: ReturnType<typeof setTimeout> | undefined;
const markReaderScroll = () => (readerScrolled = true);

/** Whether the element shows between the top of the screen and the docked bar: partly, or wholly when asked. */
function inView(element: Element, wholly = false): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  const end = Math.min(innerHeight, document.querySelector('.audio-player.is-docked')?.getBoundingClientRect().top ?? innerHeight);
  return wholly ? top >= 0 && bottom <= end : bottom > 0 && top < end;
}

const EDITABLE =
  'input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"]), textarea, select, [contenteditable]:not([contenteditable="false"])';
const ACTIVATES = 'button, a[href], summary, label, input, [role="button"], [tabindex]:not([tabindex="-1"])';

function onKey(event: KeyboardEvent): void {
  if (event.defaultPrevented) return;
  const target = event.target instanceof Element ? event.target : null;
  const shortcut: PlayerShortcut | undefined = shortcutFor(event.key, event.ctrlKey || event.altKey || event.metaKey, {
    editable: Boolean(target?.closest(EDITABLE)),
    activates: Boolean(target?.closest(ACTIVATES)),
  });
  const player = activePlayer();
  if (shortcut && player) {
    event.preventDefault();
    if (shortcut === 'toggle') player.toggle();
    else player.skip(shortcut === 'back' ? -BACK_SECONDS : FORWARD_SECONDS);
    return;
  }
  if (/^(Page(Up|Down)|Arrow(Up|Down)|Home|End| )$/.test(event.key)) markReaderScroll();
}

function onClick(event: MouseEvent): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.timecode, [data-chapter-list] a[data-start]');
  const player = pagePlayer;
  if (!link || !player) return;
  if (link.classList.contains('timecode')) {
    // A time mark plays from its moment; it is no place to scroll to, so the router never sees it.
    const start = startTimeFromUrl(link.hash, '');
    if (start === undefined) return;
    event.preventDefault();
    history.replaceState(history.state, '', link.hash);
    player.setFollowing(true);
    player.seek(start, true);
    // Docking may put the bar over the paragraph just clicked; reading along starts with it in view.
    requestAnimationFrame(() => requestAnimationFrame(() => player.revealCurrent()));
    return;
  }
  // A chapter: the page scrolls to its heading as for any link, and the player goes there too.
  player.seek(Number(link.dataset.start), player.playing);
}

function setUpPage(): void {
  const place = document.querySelector<HTMLElement>('[data-site-player]');
  const carriedDock = place?.querySelector<HTMLElement>('[data-player-dock]');
  carried = carriedDock ? players.get(carriedDock) : undefined;
  pagePlayer = undefined;
  const root = document.querySelector<HTMLElement>('[data-episode-player]');
  if (root) {
    if (carried && carried.slug === root.dataset.slug) {
      pagePlayer = carried;
      carried = undefined;
      pagePlayer.returnTo(root);
    } else {
      const dock = root.querySelector<HTMLElement>('[data-player-dock]')!;
      pagePlayer = players.get(dock) ?? new Player(dock);
      pagePlayer.attach(root);
    }
    if (location.hash.startsWith('#t=') && pagePlayer.currentParagraph()) {
      pagePlayer.setFollowing(true);
      pagePlayer.scrollToCurrent();
    }
  }
  updateDockSpace();
}

onEveryPage(setUpPage);

/**
 * The client router only carries audio. While nothing plays, a link loads its
 * page as the browser would: with that page's own Content-Security-Policy
 * (a page's policy stays in force over a client-side swap) and nothing to carry.
 * @see https://docs.astro.build/en/guides/view-transitions/#astrobefore-preparation
 */
document.addEventListener('astro:before-preparation', (event) => {
  if (!pagePlayer?.playing && !carried?.playing) event.preventDefault();
});

// Before the router swaps the page: a playing player moves to the layout's player place, which the new page keeps.
document.addEventListener('astro:before-swap', () => {
  if (carried && !carried.playing) carried.release();
  const place = document.querySelector<HTMLElement>('[data-site-player]');
  if (pagePlayer?.playing && place) {
    carried = pagePlayer;
    pagePlayer.carry(place);
  } else {
    pagePlayer?.detach();
  }
  pagePlayer = undefined;
});

document.addEventListener('click', onClick, { capture: true });
addEventListener('keydown', onKey);
addEventListener('wheel', markReaderScroll, { passive: true });
addEventListener('touchmove', markReaderScroll, { passive: true });
// Scroll events rather than an IntersectionObserver: they arrive for every kind of scrolling, also where a
// browser draws no frame for a scroll the compositor did alone (seen in headless Chromium).
let dockCheck = 0;
const checkDockSoon = () => {
  cancelAnimationFrame(dockCheck);
  dockCheck = requestAnimationFrame(() => pagePlayer?.checkDock());
};
addEventListener('resize', checkDockSoon, { passive: true });
addEventListener(
  'scroll',
  () => {
    pagePlayer?.checkDock();
    if (!readerScrolled) return;
    const paragraph = pagePlayer?.currentParagraph();
    if (paragraph) pagePlayer!.setFollowing(inView(paragraph));
    clearTimeout(settle);
    settle = setTimeout(() => (readerScrolled = false), 400);
  },
  { passive: true },
);
addEventListener('hashchange', () => {
  const start = startTimeFromUrl(location.hash, '');
  if (start !== undefined) pagePlayer?.seek(start, pagePlayer.playing);
});
