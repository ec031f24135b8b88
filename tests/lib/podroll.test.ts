import { describe, expect, it } from 'vitest';
import { podcastIndexSearch, podrollCards } from '../../src/lib/podroll';

describe('the recommendations page', () => {
  it('links each recommended podcast by website, feed and its Podcast Index entry, in the order given', () => {
    const cards = podrollCards([
      {
        title: 'B & <C> 😀',
        feedGuid: '917393e3-1b1e-5cef-ace4-edaa54e1f810',
        url: 'https://b.example/',
        feedUrl: 'https://b.example/feed.xml',
        description: 'Warum: „weil“.',
      },
      { title: 'Nur Guid', feedGuid: '29cdca4a-32d8-56ba-b48b-09a011c5daa9' },
    ]);
    expect(cards).toEqual([
      {
        title: 'B & <C> 😀',
        description: 'Warum: „weil“.',
        links: [
          { kind: 'website', href: 'https://b.example/' },
          { kind: 'feed', href: 'https://b.example/feed.xml' },
          { kind: 'podcastIndex', href: 'https://podcastindex.org/search?q=917393e3-1b1e-5cef-ace4-edaa54e1f810&type=all' },
        ],
      },
      {
        title: 'Nur Guid',
        description: undefined,
        links: [{ kind: 'podcastIndex', href: podcastIndexSearch('29cdca4a-32d8-56ba-b48b-09a011c5daa9') }],
      },
    ]);
  });

  it('makes no page content without recommendations', () => {
    expect(podrollCards([])).toEqual([]);
  });
});
