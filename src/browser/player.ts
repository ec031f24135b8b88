/**
 * The episode player on top of the native <audio>: seeking from the transcript,
 * follow-along, chapters, speed, skip, shareable moments, resume and Media
 * Session. Without this script the page stays a readable transcript with a
 * working native player.
 */
import { formatClock } from '../lib/base/duration';
import { activeIndex, chapterTarget, momentUrl, nextSpeed, resumePosition, startTimeFromUrl } from '../lib/player-time';

interface MediaInfo {
  title: string;
  artist: string;
  artwork: string;
  chapters: { title: string; startTime: number }[];
}

const root = document.querySelector<HTMLElement>('[data-episode-player]');
const audio = root?.querySelector('audio');
if (root && audio) enhance(root, audio);

function enhance(root: HTMLElement, audio: HTMLAudioElement) {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const media = JSON.parse(root.dataset.media ?? '{}') as MediaInfo;
  const storageKey = `position:${root.dataset.slug}`;
  const paragraphs = [...document.querySelectorAll<HTMLElement>('p[data-start]')];
  const paragraphStarts = paragraphs.map((paragraph) => Number(paragraph.dataset.start));
  const chapterLinks = [...root.querySelectorAll<HTMLAnchorElement>('[data-chapter-list] a')];
  const chapterStarts = media.chapters.map((chapter) => chapter.startTime);
  const status = $<HTMLElement>('[data-player-status]')!;
  const followButton = $<HTMLButtonElement>('[data-action="follow"]');
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  // Off until the reader is in the transcript: pressing play at the top must not yank the page down.
  let following = false;
  let current = -1;
  let currentChapter = -1;
  let savedAt = 0;
  let readerScrolled = false;

  $<HTMLElement>('[data-player-controls]')!.hidden = false;

  const clamp = (seconds: number) => (Number.isFinite(audio.duration) ? Math.min(seconds, audio.duration) : seconds);
  const seek = (seconds: number, play: boolean) => {
    audio.currentTime = Math.max(0, clamp(seconds));
    if (play) audio.play().catch(() => undefined);
  };
  const scrollToCurrent = () =>
    paragraphs[current]?.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });

  const setFollowing = (value: boolean) => {
    following = value;
    followButton?.setAttribute('aria-pressed', String(value));
  };

  const update = () => {
    const index = activeIndex(paragraphStarts, audio.currentTime);
    if (index !== current) {
      paragraphs[current]?.classList.remove('is-current');
      current = index;
      paragraphs[current]?.classList.add('is-current');
      if (following && !readerScrolled && !audio.paused) scrollToCurrent();
    }
    const chapter = activeIndex(chapterStarts, audio.currentTime);
    if (chapter !== currentChapter) {
      chapterLinks[currentChapter]?.removeAttribute('aria-current');
      currentChapter = chapter;
      chapterLinks[currentChapter]?.setAttribute('aria-current', 'true');
    }
    if (Math.abs(audio.currentTime - savedAt) >= 5) savePosition();
  };

  const savePosition = () => {
    savedAt = audio.currentTime;
    remember((storage) => storage.setItem(storageKey, String(Math.floor(audio.currentTime))));
  };

  const skipChapter = (direction: 'previous' | 'next') => {
    const target = chapterTarget(chapterStarts, audio.currentTime, direction);
    if (target !== undefined) seek(target, !audio.paused);
  };

  const share = async (button: HTMLElement) => {
    const url = momentUrl(root.dataset.page ?? location.href, audio.currentTime);
    const copied = await navigator.clipboard?.writeText(url).then(
      () => true,
      () => false,
    );
    status.textContent = (copied ? button.dataset.copied : button.dataset.copyFailed)!.replace('{url}', url);
  };

  const actions: Record<string, (button: HTMLElement) => void> = {
    back: () => seek(audio.currentTime - 15, false),
    forward: () => seek(audio.currentTime + 30, false),
    'previous-chapter': () => skipChapter('previous'),
    'next-chapter': () => skipChapter('next'),
    speed: (button) => {
      audio.playbackRate = nextSpeed(audio.playbackRate);
      button.querySelector('[data-speed]')!.textContent = audio.playbackRate.toLocaleString(document.documentElement.lang);
    },
    follow: () => {
      setFollowing(!following);
      if (following) scrollToCurrent();
    },
    share: (button) => void share(button),
    resume: () => {
      seek(Number($<HTMLElement>('[data-player-resume]')!.dataset.position), true);
      $<HTMLElement>('[data-player-resume]')!.hidden = true;
    },
    dismiss: () => {
      $<HTMLElement>('[data-player-resume]')!.hidden = true;
    },
  };

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    if (button) actions[button.dataset.action!]?.(button);
  });

  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.timecode, [data-chapter-list] a');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const start = link.classList.contains('timecode') ? startTimeFromUrl(link.hash, '') : Number(link.dataset.start);
    if (start === undefined) return;
    if (link.classList.contains('timecode')) {
      history.replaceState(null, '', link.hash);
      setFollowing(true);
    }
    seek(start, true);
  });

  // After the reader scrolls (programmatic scrolling fires none of these events), follow
  // along exactly when the spoken paragraph is still in view: scrolling away stops it.
  let settle: ReturnType<typeof setTimeout> | undefined;
  const markReaderScroll = () => (readerScrolled = true);
  addEventListener('wheel', markReaderScroll, { passive: true });
  addEventListener('touchmove', markReaderScroll, { passive: true });
  addEventListener('keydown', (event) => {
    if (/^(Page(Up|Down)|Arrow(Up|Down)|Home|End| )$/.test(event.key)) markReaderScroll();
  });
  addEventListener(
    'scroll',
    () => {
      if (!readerScrolled) return;
      if (paragraphs[current]) setFollowing(inView(paragraphs[current]!));
      clearTimeout(settle);
      settle = setTimeout(() => (readerScrolled = false), 400);
    },
    { passive: true },
  );

  audio.addEventListener('timeupdate', update);
  audio.addEventListener('seeked', update);
  audio.addEventListener('pause', savePosition);
  audio.addEventListener('ended', () => remember((storage) => storage.removeItem(storageKey)));
  addEventListener('pagehide', () => audio.currentTime > 0 && savePosition());
  addEventListener('hashchange', () => {
    const start = startTimeFromUrl(location.hash, '');
    if (start !== undefined) seek(start, true);
  });

  dockWhenScrolledPast($<HTMLElement>('[data-player-slot]')!, $<HTMLElement>('[data-player-dock]')!);
  setUpMediaSession(audio, media, seek, skipChapter);

  const requested = startTimeFromUrl(location.hash, location.search);
  if (requested !== undefined) {
    seek(requested, true);
    update();
    if (location.hash.startsWith('#t=')) {
      setFollowing(true);
      scrollToCurrent();
    }
  } else {
    offerResume();
  }

  function offerResume() {
    const position = resumePosition(remember((storage) => storage.getItem(storageKey)) ?? null, audio.duration);
    if (position === undefined) return;
    const box = $<HTMLElement>('[data-player-resume]')!;
    const text = box.querySelector<HTMLElement>('[data-template]')!;
    text.textContent = text.dataset.template!.replace('{time}', formatClock(position));
    box.dataset.position = String(position);
    box.hidden = false;
  }
}

function inView(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < innerHeight;
}

/** Storage can be blocked (private mode, settings) or full; resuming is a convenience, never an error. */
function remember<T>(use: (storage: Storage) => T): T | undefined {
  try {
    return use(localStorage);
  } catch {
    return undefined;
  }
}

/** Keeps the player on screen while reading: once its place scrolls away, it docks to the bottom. */
function dockWhenScrolledPast(slot: HTMLElement, dock: HTMLElement) {
  new IntersectionObserver(([entry]) => {
    const docked = !entry!.isIntersecting && entry!.boundingClientRect.top < 0;
    slot.style.minHeight = docked ? `${slot.offsetHeight}px` : '';
    dock.classList.toggle('is-docked', docked);
  }).observe(slot);
}

/** Lock screen and headset controls. @see https://www.w3.org/TR/mediasession/ */
function setUpMediaSession(
  audio: HTMLAudioElement,
  media: MediaInfo,
  seek: (seconds: number, play: boolean) => void,
  skipChapter: (direction: 'previous' | 'next') => void,
) {
  if (!('mediaSession' in navigator)) return;
  // chapterInfo is newer than the DOM types; browsers without it ignore the field.
  navigator.mediaSession.metadata = new MediaMetadata({
    title: media.title,
    artist: media.artist,
    artwork: [{ src: media.artwork }],
    chapterInfo: media.chapters.map((chapter) => ({ ...chapter, artwork: [] })),
  } as MediaMetadataInit);
  const handlers: [MediaSessionAction, MediaSessionActionHandler][] = [
    ['play', () => void audio.play()],
    ['pause', () => audio.pause()],
    ['seekbackward', (details) => seek(audio.currentTime - (details.seekOffset ?? 15), !audio.paused)],
    ['seekforward', (details) => seek(audio.currentTime + (details.seekOffset ?? 30), !audio.paused)],
    ['seekto', (details) => seek(details.seekTime ?? audio.currentTime, !audio.paused)],
    ...(media.chapters.length > 0
      ? ([
          ['previoustrack', () => skipChapter('previous')],
          ['nexttrack', () => skipChapter('next')],
        ] as [MediaSessionAction, MediaSessionActionHandler][])
      : []),
  ];
  for (const [action, handler] of handlers) {
    try {
      navigator.mediaSession.setActionHandler(action, handler);
    } catch {
      // Older browsers throw for actions they do not know.
    }
  }
}
