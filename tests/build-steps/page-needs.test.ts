import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, foreignOrigin, pageNeeds } from '../../build/headers/page-needs';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const CAL = JSON.stringify({
  namespace: 'kaffee',
  origin: 'https://app.cal.com',
  embedScript: 'https://app.cal.com/embed/embed.js',
  calLink: 'o/k',
});

describe('what a page needs from its Content-Security-Policy', () => {
  it('hashes inline scripts the browser runs, byte for byte, and nothing it does not run', () => {
    const needs = pageNeeds(
      page(
        '<script type="module">console.log("ä")</script><script>let x = 1 &amp;&amp; 2;</script>' +
          '<script type="application/ld+json">{"@type":"PodcastEpisode"}</script><script type="module" src="/_astro/a.js"></script>',
      ),
      'index.html',
    );
    expect(needs.scriptHashes).toEqual([sha('console.log("ä")'), sha('let x = 1 &amp;&amp; 2;')].sort());
  });

  it('hashes style elements and style attributes apart', () => {
    const needs = pageNeeds(page('<p style="color: red">x</p>', '<style>.a{color:blue}</style>'), 'index.html');
    expect(needs.styleHashes).toEqual([sha('.a{color:blue}')]);
    expect(needs.styleAttributeHashes).toEqual([sha('color: red')]);
  });

  it('allows a player only when it waits for consent inside its template', () => {
    const needs = pageNeeds(
      page(
        '<template data-consent-template><iframe src="https://player.vimeo.com/video/1?dnt=1"></iframe></template>' +
          '<iframe src="https://tracker.example/pixel"></iframe><template><iframe src="https://other.example/"></iframe></template>' +
          '<iframe src="/eigene-seite.html"></iframe>',
      ),
      'folgen/x/index.html',
    );
    expect(needs.consentFrames).toEqual(['https://player.vimeo.com']);
  });

  it('reads the Cal.com origin and embed script the calendar would load', () => {
    const attribute = CAL.replaceAll('"', '&quot;');
    const needs = pageNeeds(
      page(`<div data-consent-embed data-cal="${attribute}"></div><a data-booking-popup data-cal="${attribute}">x</a>`),
      'kaffee/index.html',
    );
    expect(needs.calendars).toEqual([{ origin: 'https://app.cal.com', embedScript: 'https://app.cal.com' }]);
  });

  it.each([
    ['data-cal="{not json"', 'kaffee/index.html: data-cal does not hold'],
    [
      `data-cal="${JSON.stringify({ origin: 'javascript:alert(1)', embedScript: 'https://x/e.js' }).replaceAll('"', '&quot;')}"`,
      'names no https:// origin',
    ],
  ])('names the page whose calendar settings cannot be read: %s', (attribute, message) => {
    expect(() => pageNeeds(page(`<div ${attribute}></div>`), 'kaffee/index.html')).toThrow(message);
  });

  it('collects where forms post and where audio comes from, only for other sites', () => {
    const needs = pageNeeds(
      page(
        '<form action="https://f4c2a9e1.sibforms.com/serve/X"></form><form action="/suche/"></form><form action="javascript:alert(1)"></form>' +
          '<audio src="https://cdn.example.de/042.mp3"></audio><audio><source src="/audio/1.mp3"></audio><video><source src="http://old.example/v.mp4"></video>',
      ),
      'index.html',
    );
    expect(needs.formTargets).toEqual(['https://f4c2a9e1.sibforms.com']);
    expect(needs.mediaOrigins).toEqual(['http://old.example', 'https://cdn.example.de']);
  });

  it('gives each source once, in a stable order', () => {
    const twice = '<style>a{}</style><style>a{}</style><form action="https://b.example/"></form><form action="https://a.example/x"></form>';
    const needs = pageNeeds(page(twice), 'index.html');
    expect(needs.styleHashes).toHaveLength(1);
    expect(needs.formTargets).toEqual(['https://a.example', 'https://b.example']);
  });
});

describe('helpers', () => {
  it('writes a hash as a CSP source', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it.each([
    ['https://app.cal.com/embed/embed.js', 'https://app.cal.com'],
    ['HTTPS://Player.Vimeo.com/video/1', 'https://player.vimeo.com'],
    ['https://cal.example.de:8443/x', 'https://cal.example.de:8443'],
    ['/audio/1.mp3', undefined],
    ['//evil.example/x', undefined],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<p>', undefined],
    ['https://', undefined],
    [undefined, undefined],
  ])('the origin of %s is %s', (address, origin) => {
    expect(foreignOrigin(address)).toBe(origin);
  });
});
