import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDigest, inputsDigest, isUnchanged, nextScheduled, recordBuild } from '../../build/unchanged-build';

/** A project as the build sees it: content, code, a public audio file and a published dist/. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'unchanged-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('content/episodes/001-start.md', '---\ntitle: Start\n---\nHallo.\n');
  write('content/settings.yaml', 'title: Klartext\n');
  write('src/pages/index.astro', '<h1>Klartext</h1>\n');
  write('public/audio/001-start.mp3', 'ID3 Audio');
  write('package-lock.json', '{}\n');
  write('dist/index.html', '<h1>Klartext</h1>\n');
  const dist = join(root, 'dist');
  const published = () => recordBuild(root, dist, inputsDigest(root), null);
  /** Whether a build now would stop at once. */
  const unchanged = () => isUnchanged(root, dist, inputsDigest(root));
  return { root, dist, write, published, unchanged };
}
type Project = ReturnType<typeof project>;

describe('a build with nothing to do is noticed', () => {
  it('the same inputs and an untouched dist/ are unchanged', () => {
    const { root, dist, published } = project();
    published();
    expect(isUnchanged(root, dist, inputsDigest(root))).toBe(true);
  });

  it('an edited transcript, setting, page template or dependency lock is a change, even at the same size', () => {
    for (const [path, text] of [
      ['content/episodes/001-start.md', '---\ntitle: Start\n---\nHalle.\n'],
      ['content/settings.yaml', 'title: Klartexd\n'],
      ['src/pages/index.astro', '<h1>Klartexd</h1>\n'],
      ['package-lock.json', '{ }\n'],
    ] as const) {
      const { root, dist, write, published } = project();
      published();
      write(path, text);
      expect(isUnchanged(root, dist, inputsDigest(root)), path).toBe(false);
    }
  });

  it.each([
    ['a new episode', (p: Project) => p.write('content/episodes/002-weiter.md', '---\ntitle: Weiter\n---\n')],
    ['a removed episode', (p: Project) => rmSync(join(p.root, 'content/episodes/001-start.md'))],
    ['a new .env file', (p: Project) => p.write('.env.production', 'PUBLIC_X=1\n')],
    ['a dist/ changed by hand since the build', (p: Project) => p.write('dist/index.html', '<h1>Von Hand geändert</h1>\n')],
    ['a dist/ removed since the build', (p: Project) => rmSync(p.dist, { recursive: true })],
  ])('%s is a change: it builds', (_change, change) => {
    const changed = project();
    changed.published();
    change(changed);
    expect(changed.unchanged()).toBe(false);
  });

  it('replaced audio counts by size and time, without reading gigabytes', () => {
    const { root, dist, published } = project();
    published();
    utimesSync(join(root, 'public/audio/001-start.mp3'), new Date('2030-01-01'), new Date('2030-01-01'));
    expect(isUnchanged(root, dist, inputsDigest(root))).toBe(false);
  });

  it('without a record of the last build (a fresh clone, a deleted .cache/) it builds', () => {
    const { root, dist } = project();
    expect(isUnchanged(root, dist, inputsDigest(root))).toBe(false);
  });

  it('a scheduled episode whose time has come is a change without any edit', () => {
    const { root, dist } = project();
    const friday = new Date('2026-12-04T05:00:00Z');
    recordBuild(root, dist, inputsDigest(root), friday.toISOString());
    expect(isUnchanged(root, dist, inputsDigest(root), new Date('2026-12-03T12:00:00Z'))).toBe(true);
    expect(isUnchanged(root, dist, inputsDigest(root), friday)).toBe(false);
  });

  it('the next scheduled episode is the earliest future one that is not a draft', () => {
    const now = new Date('2026-11-30T12:00:00Z');
    const episodes = [
      { draft: false, published: new Date('2026-11-01') },
      { draft: true, published: new Date('2026-12-01') },
      { draft: false, published: new Date('2026-12-14') },
      { draft: false, published: new Date('2026-12-07') },
    ];
    expect(nextScheduled(episodes, now)).toBe('2026-12-07T00:00:00.000Z');
    expect(nextScheduled(episodes.slice(0, 2), now)).toBeNull();
  });

  it("dist/'s digest names each file's path, size and time", () => {
    const { dist, write } = project();
    const before = distDigest(dist);
    write('dist/neu.html', 'neu');
    expect(distDigest(dist)).not.toBe(before);
    expect(distDigest(join(dist, 'gibt-es-nicht'))).toBe('');
  });
});
