/**
 * How the signup form reaches the provider from the visitor's browser. Browser
 * code imports this module, so it stays free of the settings schema.
 */

/** Providers whose own embed script signs up with a request that answers in JSON to any site. */
export type NewsletterReply = 'brevo';

export type NewsletterSubmission =
  /** Sent with fetch; the page stays and says what happened. */
  | { kind: 'fetch'; url: string; reply: NewsletterReply }
  /** The plain form post: the visitor goes to the provider, which sends them to the thank-you page. */
  | { kind: 'post' };

/**
 * Brevo's hosted forms take the same post with `isAjax=1` and answer
 * `{"success": true}` with CORS, as Brevo's own embed script uses them. The other
 * providers answer signups with pages (Mailchimp's JSON needs JSONP, a script of
 * theirs on the page), so they keep the plain post.
 */
export function newsletterSubmission(provider: string, action: string): NewsletterSubmission {
  if (provider === 'brevo') {
    const url = new URL(action);
    url.searchParams.set('isAjax', '1');
    return { kind: 'fetch', url: url.href, reply: 'brevo' };
  }
  return { kind: 'post' };
}

/** What the provider's answer means: signed up (the confirmation e-mail is on its way) or refused. */
export function readReply(reply: NewsletterReply, ok: boolean, body: unknown): 'subscribed' | 'refused' {
  const answer = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  switch (reply) {
    case 'brevo':
      return ok && answer.success === true ? 'subscribed' : 'refused';
  }
}

const LOCAL_PART = /^[^\s@<>()[\]\\,;:"]{1,64}$/u;
const DOMAIN_LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;
const TOP_LEVEL = /^(\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/**
 * An address mail can be sent to, stricter than the browser's `type="email"`,
 * which accepts `oliver@firma`: the domain needs a dot and a top-level domain of
 * two or more letters. Umlauts in either part are fine (RFC 6531); quoted local
 * parts and IP addresses, which no listener types, are not.
 * @see https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address
 */
export function isPlausibleEmail(input: string): boolean {
  const address = input.trim();
  if (address.length > 254) return false;
  const at = address.lastIndexOf('@');
  if (at < 1) return false;
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  if (!LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label)) && TOP_LEVEL.test(labels.at(-1)!);
}
