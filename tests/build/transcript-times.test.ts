import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFixtureSite } from '../support/fixture-site';
import { addEpisode, episodeFile, validFrontmatter } from '../support/test-episodes';

/** The fixture audio (tests/fixtures/audio/kurz.mp3) is a few seconds long. */
describe('transcript times that cannot be right fail the build', () => {
  const site = useFixtureSite();

  beforeAll(() => {
    addEpisode(site, 'gut');
  });

  it('times out of order name the file, the line and both times', async () => {
    const { code, output } = await site.buildWith({
      'content/episodes/gut.md': episodeFile(
        validFrontmatter('gut'),
        '## Transkript\n\n[00:00:02] **Oliver:** Zwei.\n\n[00:00:01] **Katrin:** Eins.\n',
      ),
    });
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/episodes/gut.md:14: time 00:00:01 comes after 00:00:02 (line 12); times must not go back through the file',
    );
  });

  it('a time beyond the audio names the file, the line and the audio length', async () => {
    const { code, output } = await site.buildWith({
      'content/episodes/gut.md': episodeFile(validFrontmatter('gut'), '## Zugabe [01:00:00]\n\nDanke.\n'),
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/episodes\/gut\.md:10: time 01:00:00 is not inside the audio, which is 00:00:0\d long/);
  });

  it('timed paragraphs within the audio build, with their caption files', async () => {
    const { code, output } = await site.buildWith({
      'content/episodes/gut.md': episodeFile(validFrontmatter('gut'), '## Hallo [00:00:00]\n\n[00:00:00] **Oliver:** Hallo.\n'),
    });
    expect(
      output
        .split('\n')
        .filter((l) => /error/i.test(l))
        .join('\n'),
    ).toBe('');
    expect(code).toBe(0);
    expect(existsSync(join(site.dir, 'dist/folgen/gut/transcript.vtt'))).toBe(true);
  });
});
