import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFixtureSite } from '../support/fixture-site';
import { addEpisode } from '../support/test-episodes';

describe('testimonials in the build', () => {
  const site = useFixtureSite();

  beforeAll(() => {
    addEpisode(site, 'gut');
  });

  it('a quote about an episode that does not exist stops the build, naming the file and the field', async () => {
    const { code, output } = await site.buildWith({
      'content/testimonials/tippfehler.md': '---\nname: Ole\nquote: Super Folge.\nepisode: gutt\n---\n',
    });
    expect(code).not.toBe(0);
    expect(output).toContain('tippfehler.md: episode: there is no episode "gutt"');
  });

  it('a quote without text names the file and the field', async () => {
    const { code, output } = await site.buildWith({ 'content/testimonials/leer.md': '---\nname: Ole\n---\n' });
    expect(code).not.toBe(0);
    expect(output).toContain('leer');
    expect(output).toMatch(/quote/);
  });

  it('a quote about a published episode appears on its page and on the home page', async () => {
    const { code } = await site.buildWith({
      'content/testimonials/ole.md': '---\nname: Ole\nrole: Hörer der ersten Stunde\nquote: Genau mein Thema.\nepisode: gut\n---\n',
    });
    expect(code).toBe(0);
    for (const page of ['dist/index.html', 'dist/folgen/gut/index.html']) {
      const html = readFileSync(`${site.dir}/${page}`, 'utf8');
      expect(html).toContain('Genau mein Thema.');
      expect(html).toContain('href="/folgen/gut/"');
    }
  });
});
