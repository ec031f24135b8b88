import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, episodeFile, validFrontmatter, type FixtureSite } from '../support/fixture-site';

describe('testimonials in the build', () => {
  let site: FixtureSite;

  beforeAll(() => {
    site = createFixtureSite();
    site.copy('tests/fixtures/audio/kurz.mp3', 'public/audio/gut.mp3');
    site.write('content/episodes/gut.md', episodeFile(validFrontmatter('gut')));
  });

  afterAll(() => site?.dispose());

  it('a quote about an episode that does not exist stops the build, naming the file and the field', async () => {
    site.write('content/testimonials/tippfehler.md', '---\nname: Ole\nquote: Super Folge.\nepisode: gutt\n---\n');
    const { code, output } = await site.build();
    site.remove('content/testimonials/tippfehler.md');
    expect(code).not.toBe(0);
    expect(output).toContain('tippfehler.md: episode: there is no episode "gutt"');
  });

  it('a quote without text names the file and the field', async () => {
    site.write('content/testimonials/leer.md', '---\nname: Ole\n---\n');
    const { code, output } = await site.build();
    site.remove('content/testimonials/leer.md');
    expect(code).not.toBe(0);
    expect(output).toContain('leer');
    expect(output).toMatch(/quote/);
  });

  it('a quote about a published episode appears on its page and on the home page', async () => {
    site.write('content/testimonials/ole.md', '---\nname: Ole\nrole: Hörer der ersten Stunde\nquote: Genau mein Thema.\nepisode: gut\n---\n');
    const { code } = await site.build();
    site.remove('content/testimonials/ole.md');
    expect(code).toBe(0);
    for (const page of ['dist/index.html', 'dist/folgen/gut/index.html']) {
      const html = readFileSync(`${site.dir}/${page}`, 'utf8');
      expect(html).toContain('Genau mein Thema.');
      expect(html).toContain('href="/folgen/gut/"');
    }
  });
});
