import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, episodeFile, validFrontmatter, type FixtureSite } from '../support/fixture-site';

/**
 * A podcaster's mistake must stop the build with a message that names the file
 * and the field, never a half-built site.
 */
describe('broken episodes fail the build with a clear message', () => {
  let site: FixtureSite;

  beforeAll(() => {
    site = createFixtureSite();
    site.copy('tests/fixtures/audio/kurz.mp3', 'public/audio/gut.mp3');
    site.write('content/episodes/gut.md', episodeFile(validFrontmatter('gut')));
  });

  afterAll(() => site?.dispose());

  it('a fixture with only valid episodes builds', async () => {
    const { code, output } = await site.build();
    expect(output).not.toMatch(/error/i);
    expect(code).toBe(0);
  });

  it('a missing title names the file and the field', async () => {
    site.write('content/episodes/ohne-titel.md', episodeFile(validFrontmatter('gut').filter((line) => !line.startsWith('title:'))));
    const { code, output } = await site.build();
    site.remove('content/episodes/ohne-titel.md');
    expect(code).not.toBe(0);
    expect(output).toContain('ohne-titel');
    expect(output).toMatch(/title/);
  });

  it('a date that is not a date names the file and the field', async () => {
    const lines = validFrontmatter('gut').map((line) => (line.startsWith('published:') ? 'published: nächsten Dienstag' : line));
    site.write('content/episodes/falsches-datum.md', episodeFile(lines));
    const { code, output } = await site.build();
    site.remove('content/episodes/falsches-datum.md');
    expect(code).not.toBe(0);
    expect(output).toContain('falsches-datum');
    expect(output).toMatch(/published/);
    expect(output).toMatch(/expected a date like 2019-03-14/);
  });

  it('a local audio file that does not exist names the file, the field and the missing path', async () => {
    site.write('content/episodes/ohne-audio.md', episodeFile(validFrontmatter('gibt-es-nicht')));
    const { code, output } = await site.build();
    site.remove('content/episodes/ohne-audio.md');
    expect(code).not.toBe(0);
    expect(output).toContain('content/episodes/ohne-audio.md: audio.url');
    expect(output).toContain('public/audio/gibt-es-nicht.mp3 does not exist');
  });

  it('a file name that cannot be a URL names the file', async () => {
    site.write('content/episodes/Folge Eins.md', episodeFile(validFrontmatter('gut')));
    const { code, output } = await site.build();
    site.remove('content/episodes/Folge Eins.md');
    expect(code).not.toBe(0);
    expect(output).toContain('Folge Eins.md');
    expect(output).toContain('lowercase letters, digits and hyphens');
  });

  it('broken settings name the settings file and the field', async () => {
    const original = readFileSync(`${site.dir}/content/settings.yaml`, 'utf8');
    site.write('content/settings.yaml', original.replace(/email: .*/, 'email: keine-adresse'));
    const { code, output } = await site.build();
    site.write('content/settings.yaml', original);
    expect(code).not.toBe(0);
    expect(output).toContain('content/settings.yaml: owner.email: expected an e-mail address (found "keine-adresse")');
  });
});
