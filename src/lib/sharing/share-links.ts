/**
 * Share links are plain addresses of each network's own "compose" page, so the
 * site loads nothing from them and no request leaves the browser before a click.
 * Values are percent-encoded with encodeURIComponent: spaces become %20, which
 * mail clients (RFC 6068) and every network below read correctly, while `+` would
 * show up literally in mail bodies.
 */

export const shareTargets = ['email', 'whatsapp', 'linkedin', 'xing', 'bluesky', 'x'] as const;
export type ShareTarget = (typeof shareTargets)[number];

export interface ShareContent {
  /** Absolute URL of the page being shared. */
  url: string;
  /** Short headline: the mail subject. */
  title: string;
  /** One sentence that goes before the link in messages and posts. */
  text: string;
}

const enc = encodeURIComponent;

/** The message people send: the text, then the link on its own line. */
export function shareMessage({ url, text }: Pick<ShareContent, 'url' | 'text'>): string {
  return text ? `${text}\n${url}` : url;
}

/** @see https://www.rfc-editor.org/rfc/rfc6068 mailto URIs */
export function mailtoUrl(subject: string, body: string, to = ''): string {
  return `mailto:${enc(to)}?subject=${enc(subject)}&body=${enc(body)}`;
}

/** WhatsApp's "click to chat" link without a number lets the sender pick the chat. */
export function whatsappUrl(message: string): string {
  return `https://wa.me/?text=${enc(message)}`;
}

/** Address of one network's share page for the content. */
export function shareUrl(target: ShareTarget, content: ShareContent): string {
  const { url, title, text } = content;
  switch (target) {
    case 'email':
      return mailtoUrl(title, shareMessage(content));
    case 'whatsapp':
      return whatsappUrl(shareMessage(content));
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`;
    case 'xing':
      return `https://www.xing.com/spi/shares/new?url=${enc(url)}`;
    case 'bluesky':
      // @see https://docs.bsky.app/docs/advanced-guides/intent-links
      return `https://bsky.app/intent/compose?text=${enc(shareMessage(content))}`;
    case 'x':
      // @see https://docs.x.com/x-for-websites/post-button/overview
      return `https://x.com/intent/tweet?text=${enc(text)}&url=${enc(url)}`;
  }
}

/**
 * The Mastodon server a visitor typed, as a bare host name: accepts `mastodon.social`,
 * `https://chaos.social/`, `@name@norden.social`; anything else (paths, schemes other
 * than http(s), spaces) yields `undefined`, so a typed `javascript:` never becomes a link.
 */
export function mastodonInstance(input: string): string | undefined {
  let text = input.trim().toLowerCase();
  const handle = /^@?[\w.-]+@([^@\s]+)$/.exec(text);
  if (handle) text = handle[1]!;
  text = text.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  if (!/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/.test(text)) return undefined;
  return text;
}

/**
 * Mastodon has no central site: every server answers `/share?text=` with its
 * compose form (also understood by Misskey and other compatible servers).
 */
export function mastodonShareUrl(instanceInput: string, content: Pick<ShareContent, 'url' | 'text'>): string | undefined {
  const instance = mastodonInstance(instanceInput);
  return instance && `https://${instance}/share?text=${enc(shareMessage(content))}`;
}
