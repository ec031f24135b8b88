import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFixtureSite } from '../support/fixture-site';
import { episodeFile, validFrontmatter } from '../support/test-episodes';

const episode = (slug: string, title: string, number: number) =>
  episodeFile(
    validFrontmatter(slug).map((line) =>
      line.replace('Eine Testfolge', title).replace('episode: 1', `episode: ${number}`).replace('2024-05-02', `2024-05-0${number}`),
    ),
    `## Transkript\n\n## Anfang [00:00:00]\n\n[00:00:00] **Oliver:** Hallo aus ${title}.\n`,
  );

/** Pages Astro copied from the last build instead of rendering them, as its log says. */
const reused = (output: string) => output.split('\n').filter((line) => /\((cached|restored)\)/.test(line));

describe('a rebuild reuses unchanged pages and never serves stale ones', () => {
  const site = useFixtureSite();
  const page = (path: string) => readFileSync(`${site.dir}/dist/${path}`, 'utf8');

  beforeAll(async () => {
    for (const [slug, title, number] of [
      ['alpha', 'Alpha-Folge', 1],
      ['beta', 'Beta-Folge', 2],
      ['gamma', 'Gamma-Folge', 3],
    ] as const) {
      site.copy('tests/fixtures/audio/kurz.mp3', `public/audio/${slug}.mp3`);
      site.write(`content/episodes/${slug}.md`, episode(slug, title, number));
    }
    const first = await site.build();
    expect(first.code, first.output).toBe(0);
  });

  it('the share images drawn beside Astro are the ones published, each whole and drawn once', () => {
    const cache = join(site.dir, '.cache/share-images');
    const drawn = readdirSync(cache);
    expect(drawn.filter((file) => !file.endsWith('.png'))).toEqual([]);
    // One per episode and one for the site.
    expect(drawn).toHaveLength(4);
    const cached = drawn.map((file) => readFileSync(join(cache, file)));
    for (const slug of ['alpha', 'beta', 'gamma']) {
      const published = readFileSync(join(site.dir, `dist/og/${slug}.png`));
      expect(
        cached.filter((bytes) => bytes.equals(published)),
        slug,
      ).toHaveLength(1);
    }
  });

  it('a second build without changes returns at once and leaves dist/ as it was', async () => {
    const before = statSync(join(site.dir, 'dist/folgen/alpha/index.html'));
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
    expect(output).toContain('nothing changed since the last build');
    expect(output).not.toContain('[content]');
    const after = statSync(join(site.dir, 'dist/folgen/alpha/index.html'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('a second build without changes but with --force copies the episode pages and their files instead of rendering them', async () => {
    const { code, output } = await site.build(['--force']);
    expect(code, output).toBe(0);
    const copied = reused(output).join('\n');
    for (const file of ['folgen/alpha/index.html', 'folgen/alpha/transcript.vtt', 'folgen/alpha/chapters.json', 'og/alpha.png'])
      expect(copied).toContain(file);
    expect(page('folgen/alpha/index.html')).toContain('Alpha-Folge');
  });

  it('a changed episode title shows on its own page and on the pages that list it as related', async () => {
    site.write('content/episodes/beta.md', episode('beta', 'Beta-Folge neu betitelt', 2));
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
    expect(page('folgen/beta/index.html')).toContain('Beta-Folge neu betitelt');
    expect(page('folgen/alpha/index.html')).toContain('Beta-Folge neu betitelt');
    expect(page('folgen/beta/transcript.txt')).toContain('Beta-Folge neu betitelt');
  });

  it('a changed podcast title in settings.yaml reaches every reused page', async () => {
    const settings = readFileSync(`${site.dir}/content/settings.yaml`, 'utf8');
    site.write('content/settings.yaml', settings.replace(/^title: .*$/m, 'title: Klartext Neu'));
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
    for (const slug of ['alpha', 'beta', 'gamma']) expect(page(`folgen/${slug}/index.html`)).toContain('Klartext Neu');
    expect(page('folgen/gamma/chapters.json')).toContain('Klartext Neu');
  });

  it('a new artwork file under the same name draws the share images anew', async () => {
    site.write('public/artwork.jpg', Buffer.concat([readFileSync(`${site.dir}/public/artwork.jpg`), Buffer.from('neu')]));
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
    expect(reused(output).join('\n')).not.toContain('og/alpha.png');
  });

  it('a rebuild never changes the files of the site it replaces, though unchanged pages are hard links to the cache', async () => {
    const published = join(site.dir, 'dist');
    const before = new Map(
      readdirSync(published, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(published.length + 1))
        .map((file) => [file, readFileSync(join(published, file))]),
    );
    // Kept under another name: the build replaces dist/, and any write through a shared inode would show here.
    const kept = join(site.dir, 'dist.kept');
    renameSync(published, kept);
    site.write('content/episodes/alpha.md', episode('alpha', 'Alpha-Folge zum dritten Mal', 1));
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
    expect(page('folgen/alpha/index.html')).toContain('Alpha-Folge zum dritten Mal');
    for (const [file, bytes] of before) expect(readFileSync(join(kept, file)).equals(bytes), file).toBe(true);
    const shared = [...before.keys()].filter(
      (file) => existsSync(join(published, file)) && statSync(join(published, file)).ino === statSync(join(kept, file)).ino,
    );
    expect(shared).toContain('og/gamma.png');
    expect(shared).not.toContain('folgen/alpha/index.html');
    rmSync(kept, { recursive: true });
  });

  it('a removed episode leaves no page or file behind', async () => {
    site.remove('content/episodes/gamma.md');
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
    expect(existsSync(`${site.dir}/dist/folgen/gamma`)).toBe(false);
    expect(existsSync(`${site.dir}/dist/og/gamma.png`)).toBe(false);
    expect(page('folgen/alpha/index.html')).not.toContain('Gamma-Folge');
  });
});
