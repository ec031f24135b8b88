import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFixtureSite } from '../support/fixture-site';
import { addEpisode, episodeFile, validFrontmatter } from '../support/test-episodes';

/**
 * A podcaster's mistake must stop the build with a message that names the file
 * and the field, never a half-built site.
 */
describe('broken episodes fail the build with a clear message', () => {
  const site = useFixtureSite();

  beforeAll(() => {
    addEpisode(site, 'gut');
  });

  it('a fixture with only valid episodes builds', async () => {
    const { code, output } = await site.build();
    expect(output).not.toMatch(/error/i);
    expect(code).toBe(0);
  });

  it('a missing title names the file and the field', async () => {
    const { code, output } = await site.buildWith({
      'content/episodes/ohne-titel.md': episodeFile(validFrontmatter('gut').filter((line) => !line.startsWith('title:'))),
    });
    expect(code).not.toBe(0);
    expect(output).toContain('ohne-titel');
    expect(output).toMatch(/title/);
  });

  it('a date that is not a date names the file and the field', async () => {
    const lines = validFrontmatter('gut').map((line) => (line.startsWith('published:') ? 'published: nächsten Dienstag' : line));
    const { code, output } = await site.buildWith({ 'content/episodes/falsches-datum.md': episodeFile(lines) });
    expect(code).not.toBe(0);
    expect(output).toContain('falsches-datum');
    expect(output).toMatch(/published/);
    expect(output).toMatch(/expected a date like 2019-03-14/);
  });

  it('a local audio file that does not exist names the file, the field and the missing path', async () => {
    const lines = validFrontmatter('gibt-es-nicht').map((line) => (line.startsWith('episode:') ? 'episode: 2' : line));
    const { code, output } = await site.buildWith({ 'content/episodes/ohne-audio.md': episodeFile(lines) });
    expect(code).not.toBe(0);
    expect(output).toContain('content/episodes/ohne-audio.md: audio.url');
    expect(output).toContain('public/audio/gibt-es-nicht.mp3 does not exist');
  });

  it('a file name that cannot be a URL names the file', async () => {
    const { code, output } = await site.buildWith({ 'content/episodes/Folge Eins.md': episodeFile(validFrontmatter('gut')) });
    expect(code).not.toBe(0);
    expect(output).toContain('Folge Eins.md');
    expect(output).toContain('lowercase letters, digits and hyphens');
  });

  it('broken settings name the settings file and the field', async () => {
    const original = readFileSync(`${site.dir}/content/settings.yaml`, 'utf8');
    const { code, output } = await site.buildWith({ 'content/settings.yaml': original.replace(/email: .*/, 'email: keine-adresse') });
    expect(code).not.toBe(0);
    expect(output).toContain('content/settings.yaml: owner.email: expected an e-mail address (found "keine-adresse")');
  });
});
