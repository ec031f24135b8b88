import { describe, expect, it } from 'vitest';
import { podcastGuid } from '../../../src/lib/feed/podcast-guid';

describe('podcast:guid', () => {
  it('matches the example of the Podcasting 2.0 specification', () => {
    expect(podcastGuid('https://mp3s.nashownotes.com/pc20rss.xml')).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810');
  });

  it.each([
    ['http://mp3s.nashownotes.com/pc20rss.xml'],
    ['https://mp3s.nashownotes.com/pc20rss.xml/'],
    ['  https://mp3s.nashownotes.com/pc20rss.xml//  '],
  ])('ignores the scheme and trailing slashes of %s', (url) => {
    expect(podcastGuid(url)).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810');
  });

  it('differs for a different feed address', () => {
    expect(podcastGuid('https://podcast.example.de/feed.xml')).not.toBe(podcastGuid('https://neu.example.de/feed.xml'));
  });

  it('keeps the guid pinned in the settings after a domain move', () => {
    expect(podcastGuid('https://neu.example.de/feed.xml', '917393E3-1B1E-5CEF-ACE4-EDAA54E1F810')).toBe(
      '917393e3-1b1e-5cef-ace4-edaa54e1f810',
    );
  });
});
