import { mastodonShareUrl } from '../lib/sharing/share-links';
import { onEveryPage, unhandled } from './page-life';

/**
 * The share box: the system's share sheet where the browser has one (phones,
 * some desktops), and the Mastodon server form. Without script, the share
 * links and the text to copy do the same.
 * @see https://developer.mozilla.org/en-US/docs/Web/API/Navigator/share
 */
function setUp(root: HTMLElement): void {
  const { url = '', title = '', text = '' } = root.dataset;
  const native = root.querySelector<HTMLButtonElement>('[data-share-native]');
  if (native && typeof navigator.share === 'function' && navigator.canShare?.({ title, text, url }) !== false) {
    native.hidden = false;
    native.addEventListener('click', () => navigator.share({ title, text, url }).catch(() => undefined));
  }
  const form = root.querySelector<HTMLFormElement>('[data-mastodon-form]');
  const error = root.querySelector<HTMLElement>('[data-mastodon-error]');
  if (!form || !error) return;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const href = mastodonShareUrl(new FormData(form).get('instance')?.toString() ?? '', { url, text });
    error.hidden = href !== undefined;
    if (href) window.open(href, '_blank', 'noopener,noreferrer');
  });
}

onEveryPage(() => unhandled<HTMLElement>('[data-share]').forEach(setUp));
