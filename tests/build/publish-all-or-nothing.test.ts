import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../support/content-files';
import { useFixtureSite } from '../support/fixture-site';
import { addEpisode, episodeFile, validFrontmatter } from '../support/test-episodes';

/** Every file of dist/ with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );
}

/** Files of dist/ whose bytes contain `text`. */
function filesContaining(dir: string, text: string): string[] {
  const needle = Buffer.from(text);
  return listFiles(dir)
    .filter((file) => readFileSync(file).includes(needle))
    .map((file) => relative(dir, file));
}

/**
 * A deploy step may run after a failed build, so a build publishes all or
 * nothing: dist/ is either the previous site, byte for byte, or the new one.
 * Unpublished episodes never leave a trace in it, whether the build failed or not.
 */
describe('a build publishes all or nothing, and never an unpublished episode', () => {
  const site = useFixtureSite();
  const dist = () => join(site.dir, 'dist');

  const unpublished = (slug: string, secret: string, number: number, change: [string, string]) => {
    site.copy('tests/fixtures/audio/kurz.mp3', `public/audio/${slug}.mp3`);
    site.copy('public/artwork.jpg', `public/images/${slug}.jpg`);
    const lines = validFrontmatter(slug).map((line) =>
      line
        .replace('Eine Testfolge', `Titel ${secret}`)
        .replace('episode: 1', `episode: ${number}`)
        .replace(...change),
    );
    site.write(
      `content/episodes/${slug}.md`,
      episodeFile([...lines, `image: /images/${slug}.jpg`], `## Transkript\n\n[00:00:00] **Oliver:** ${secret} im Text.\n`),
    );
  };

  beforeAll(async () => {
    addEpisode(site, 'veroeffentlicht', '## Transkript\n\n[00:00:00] **Oliver:** Öffentlich gesagt.\n');
    unpublished('geheimer-entwurf', 'GEHEIMENTWURF', 2, ['summary:', 'draft: true\nsummary:']);
    unpublished('kommt-spaeter', 'ZUKUNFTSTEXT', 3, ['2024-05-02', '2999-01-01']);
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
  });

  const expectNoTraceOfUnpublished = () => {
    for (const text of ['GEHEIMENTWURF', 'ZUKUNFTSTEXT', 'geheimer-entwurf', 'kommt-spaeter'])
      expect(filesContaining(dist(), text), text).toEqual([]);
    for (const path of [
      'folgen/geheimer-entwurf',
      'folgen/kommt-spaeter',
      'audio/geheimer-entwurf.mp3',
      'audio/kommt-spaeter.mp3',
      'images/geheimer-entwurf.jpg',
      'images/kommt-spaeter.jpg',
      '.prerender',
    ]) {
      expect(existsSync(join(dist(), path)), path).toBe(false);
    }
  };

  it('a successful build publishes the site and nothing of a draft or a future episode: no page, audio, image or text in any file', () => {
    expect(readFileSync(join(dist(), 'folgen/veroeffentlicht/index.html'), 'utf8')).toContain('Öffentlich gesagt.');
    expect(existsSync(join(dist(), 'pagefind'))).toBe(true);
    expectNoTraceOfUnpublished();
  });

  it('a build that fails while pages render exits non-zero, names the file and line, and leaves dist/ byte for byte as it was', async () => {
    const before = snapshot(dist());
    // Valid frontmatter, so the content check passes; the time beyond the audio stops the page render.
    const { code, output } = await site.buildWith({
      'content/episodes/veroeffentlicht.md': episodeFile(
        validFrontmatter('veroeffentlicht'),
        '## Transkript\n\n[05:00:00] **Oliver:** Viel zu spät.\n',
      ),
    });
    expect(code).not.toBe(0);
    expect(output).toContain('content/episodes/veroeffentlicht.md:12: time 05:00:00 is not inside the audio');
    expect(output).toContain('dist/ was left as it was');
    expect(output).not.toContain('Stack trace');
    expect(snapshot(dist())).toEqual(before);
    expectNoTraceOfUnpublished();
    expect(existsSync(join(site.dir, '.cache/build/dist'))).toBe(false);
  });

  it('a build whose content check fails shows the problems it found and nothing of Astro, which started beside it, and leaves dist/ as it was', async () => {
    const before = snapshot(dist());
    const { code, output } = await site.buildWith({
      'content/episodes/veroeffentlicht.md': episodeFile(
        validFrontmatter('veroeffentlicht').filter((line) => !line.startsWith('title:')),
        '## Transkript\n\n[00:00:01] **Oliver:** Ohne Titel.\n',
      ),
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/episodes\/veroeffentlicht\.md.*title/);
    expect(output).not.toContain('[content]');
    expect(output).not.toContain('[build]');
    expect(snapshot(dist())).toEqual(before);
    expect(existsSync(join(site.dir, '.cache/build/dist'))).toBe(false);
  });

  it('a build whose search index fails leaves dist/ as it was too', async () => {
    const before = snapshot(dist());
    const { code, output } = await site.buildWith({
      'build/index-search.ts': 'console.error("[search] Pagefind stopped"); process.exit(1);\n',
    });
    expect(code).not.toBe(0);
    expect(output).toContain('search index failed');
    expect(snapshot(dist())).toEqual(before);
  });
});
