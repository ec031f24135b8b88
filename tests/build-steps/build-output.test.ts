import { describe, expect, it } from 'vitest';
import { contentErrorFilter } from '../../build/build-output';

const shown = (lines: string[]) => {
  const filter = contentErrorFilter();
  return [...lines.flatMap((line) => filter.line(line)), ...filter.end()];
};

describe("a build that fails on content shows the message, not Astro's stack trace", () => {
  it('drops the location and stack trace after an error that names a content file', () => {
    expect(
      shown([
        ' generating static routes ',
        'content/episodes/003-sla.md:27: time 09:59:00 is not inside the audio, which is 00:01:20 long',
        '  Location:',
        '    /work/node_modules/astro/dist/core/render/route-cache.js:32:17',
        '  Stack trace:',
        '    at readTranscript (file:///x/.prerender/chunks/episode-transcript.mjs:179:33)',
        '    at async generatePages (file:///x/generate.js:90:29)',
        '',
        'The build stopped.',
      ]),
    ).toEqual([
      ' generating static routes ',
      'content/episodes/003-sla.md:27: time 09:59:00 is not inside the audio, which is 00:01:20 long',
      '',
      'The build stopped.',
    ]);
  });

  it('drops a stack trace that Astro prints before the message', () => {
    expect(
      shown([
        ' generating static routes ',
        '    at assertUniqueGuids (file:///x/.prerender/chunks/feed.mjs:566:8)',
        '    at async render (file:///x/.prerender/prerender-entry.mjs:5075:15)',
        'content/episodes/b.md: guid: "e6e1" is also the guid of content/episodes/a.md.',
        'The build stopped.',
      ]),
    ).toEqual([
      ' generating static routes ',
      'content/episodes/b.md: guid: "e6e1" is also the guid of content/episodes/a.md.',
      'The build stopped.',
    ]);
  });

  it("keeps the stack trace of an error in the site's own code", () => {
    const lines = ['TypeError: Cannot read properties of undefined', '  Stack trace:', '    at render (file:///x/chunk.mjs:1:1)'];
    expect(shown(lines)).toEqual(lines);
  });
});
