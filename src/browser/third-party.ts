import { EMBED_TIMEOUT_SECONDS } from '../lib/consent';

/**
 * One try at showing another company's content. It counts as failed when the
 * provider says so or stays silent for EMBED_TIMEOUT_SECONDS; content that
 * arrives after all still replaces the failure message.
 */
export interface Attempt {
  ready(): void;
  failed(): void;
}

export function attempt(onReady: () => void, onFailed: () => void): Attempt {
  let state: 'waiting' | 'ready' | 'failed' = 'waiting';
  const timer = setTimeout(() => failed(), EMBED_TIMEOUT_SECONDS * 1000);
  function failed() {
    if (state !== 'waiting') return;
    clearTimeout(timer);
    state = 'failed';
    onFailed();
  }
  return {
    ready() {
      if (state === 'ready') return;
      clearTimeout(timer);
      state = 'ready';
      onReady();
    },
    failed,
  };
}

/** Shows a failure block (src/components/ThirdPartyFailure.astro) and moves the focus to its message. */
export function showFailure(block: HTMLElement): void {
  block.hidden = false;
  block.querySelector<HTMLElement>('[data-failure-message]')?.focus();
}
