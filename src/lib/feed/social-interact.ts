import type { FeedSocialInteract } from './build-feed';

/**
 * An episode's ActivityPub post as `podcast:socialInteract`. Mastodon and its
 * kin publish a post at `/@user/<id>` (the page) and `/users/user/statuses/<id>`
 * (the URI); from either the account is known, which apps show beside the replies.
 * @see https://podcasting2.org/docs/podcast-namespace/tags/social-interact
 */
export function socialInteract(postUrl: string): FeedSocialInteract {
  const url = new URL(postUrl);
  const account = /^\/@([^/@]+)\/[^/]+\/?$/.exec(url.pathname)?.[1] ?? /^\/users\/([^/]+)\/statuses\/[^/]+\/?$/.exec(url.pathname)?.[1];
  if (!account) return { protocol: 'activitypub', uri: postUrl };
  const user = decodeURIComponent(account);
  return {
    protocol: 'activitypub',
    uri: postUrl,
    accountId: `@${user}@${url.host}`,
    accountUrl: `${url.origin}/@${account}`,
  };
}
