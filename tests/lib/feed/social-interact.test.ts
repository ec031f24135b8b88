import { describe, expect, it } from 'vitest';
import { socialInteract } from '../../../src/lib/feed/social-interact';

describe('an episode’s ActivityPub post as podcast:socialInteract', () => {
  it.each([
    [
      'https://social.example.de/@klartext/113456789',
      { accountId: '@klartext@social.example.de', accountUrl: 'https://social.example.de/@klartext' },
    ],
    [
      'https://social.example.de/users/klartext/statuses/113456789',
      { accountId: '@klartext@social.example.de', accountUrl: 'https://social.example.de/@klartext' },
    ],
    ['https://pod.example/@J%C3%BCrgen/1', { accountId: '@Jürgen@pod.example', accountUrl: 'https://pod.example/@J%C3%BCrgen' }],
    ['https://social.example.de/notes/9k2x', {}],
    ['https://social.example.de/@klartext', {}],
    ['https://social.example.de/@a@b/1', {}],
  ])('reads the account from %s', (uri, account) => {
    expect(socialInteract(uri)).toEqual({ protocol: 'activitypub', uri, ...account });
  });
});
