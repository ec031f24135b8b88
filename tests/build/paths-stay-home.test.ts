import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFixtureSite } from '../support/fixture-site';
import { addEpisode, episodeFile, validFrontmatter } from '../support/test-episodes';

/**
 * A path in content or settings is both an address on the site and a file on
 * the build machine. Whatever a podcaster (or an imported feed) writes there,
 * the build never reads, publishes or deletes a file outside public/ and dist/.
 */
describe('paths in content and settings stay inside the project', () => {
  const site = useFixtureSite();
  let canary: string;
  let settings: string;

  beforeAll(async () => {
    addEpisode(site, 'gut');
    site.write('README.md', 'Das Readme des Projekts.\n');
    site.copy('tests/fixtures/audio/kurz.mp3', 'outside/x.mp3');
    canary = join(dirname(site.dir), `${basename(site.dir)}-canary.txt`);
    writeFileSync(canary, 'Liegt neben dem Projekt und bleibt.\n');
    settings = readFileSync(join(site.dir, 'content/settings.yaml'), 'utf8');
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
  });

  afterAll(() => {
    if (canary) rmSync(canary, { force: true });
  });

  const canaryPath = () => `/../../${basename(canary)}`;
  const hostilePaths = () => [
    canaryPath(),
    '/../README.md',
    '//evil.example/x.mp3',
    '/..\\..\\README.md',
    'file:///etc/passwd',
    '/%2e%2e/%2e%2e/outside/x.mp3',
  ];

  const episodeWith = (field: 'audio' | 'image', path: string, extra: string[] = []) => {
    const lines = validFrontmatter('gut').map((line) =>
      field === 'audio' && line.startsWith('  url:') ? `  url: ${JSON.stringify(path)}` : line,
    );
    return episodeFile([
      ...lines.map((line) => (line.startsWith('episode:') ? 'episode: 2' : line)),
      ...(field === 'image' ? [`image: ${JSON.stringify(path)}`] : []),
      ...extra,
    ]);
  };

  const places: [string, (path: string) => Record<string, string>, string, string][] = [
    [
      'the artwork of a draft',
      (path) => ({ 'content/episodes/entwurf.md': episodeWith('image', path, ['draft: true']) }),
      'content/episodes/entwurf.md',
      'image',
    ],
    [
      'the audio of a future episode',
      (path) => ({ 'content/episodes/zukunft.md': episodeWith('audio', path).replace('2024-05-02', '2999-01-01') }),
      'content/episodes/zukunft.md',
      'audio.url',
    ],
    [
      'the audio of a published episode',
      (path) => ({ 'content/episodes/veroeffentlicht.md': episodeWith('audio', path) }),
      'content/episodes/veroeffentlicht.md',
      'audio.url',
    ],
    [
      'the artwork of a published episode',
      (path) => ({ 'content/episodes/veroeffentlicht.md': episodeWith('image', path) }),
      'content/episodes/veroeffentlicht.md',
      'image',
    ],
    [
      'the podcast artwork in settings',
      (path) => ({ 'content/settings.yaml': settings.replace(/^artwork: .*$/m, `artwork: ${JSON.stringify(path)}`) }),
      'content/settings.yaml',
      'artwork',
    ],
    [
      'the host portrait in settings',
      (path) => ({ 'content/settings.yaml': settings.replace(/^host:\n/m, `host:\n  image: ${JSON.stringify(path)}\n`) }),
      'content/settings.yaml',
      'host.image',
    ],
  ];

  it.each(places)(
    '%s: every traversal path stops the build naming file and field, and nothing outside is touched',
    async (_, files, file, field) => {
      const distBefore = readFileSync(join(site.dir, 'dist/index.html'));
      for (const path of hostilePaths()) {
        const { code, output } = await site.buildWith(files(path));
        expect(code, `${path}\n${output}`).not.toBe(0);
        expect(output, path).toContain(`${file}: ${field}: expected`);
        expect(output).not.toMatch(/Stack trace|\*\*/);
        expect(readFileSync(canary, 'utf8')).toBe('Liegt neben dem Projekt und bleibt.\n');
        expect(readFileSync(join(site.dir, 'README.md'), 'utf8')).toBe('Das Readme des Projekts.\n');
        expect(readFileSync(join(site.dir, 'dist/index.html'))).toEqual(distBefore);
      }
    },
  );
});
