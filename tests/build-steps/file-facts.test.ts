import { linkSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFacts } from '../../build/file-facts';

/** Two builds of a site: the second links the unchanged page from a cache, as Astro does, and writes the changed one anew. */
function twoBuilds() {
  const root = mkdtempSync(join(tmpdir(), 'file-facts-'));
  const cache = join(root, 'cache');
  const dist = join(root, 'dist');
  mkdirSync(cache);
  mkdirSync(dist);
  writeFileSync(join(cache, 'alt.html'), '<p>unverändert</p>');
  linkSync(join(cache, 'alt.html'), join(dist, 'alt.html'));
  writeFileSync(join(dist, 'neu.html'), '<p>erste Fassung</p>');
  const nextBuild = () => {
    renameSync(dist, join(root, 'dist.previous'));
    mkdirSync(dist);
    linkSync(join(cache, 'alt.html'), join(dist, 'alt.html'));
    writeFileSync(join(dist, 'neu.html'), '<p>zweite Fassung</p>');
    rmSync(join(root, 'dist.previous'), { recursive: true });
  };
  return { root, dist, nextBuild, factsFile: join(root, 'facts.json') };
}

describe('facts about built files are read once per file', () => {
  it('a page linked from the cache again is not read; a page written anew is', () => {
    const { dist, nextBuild, factsFile } = twoBuilds();
    const first = fileFacts<{ length: number }>(factsFile, 'v1');
    const firstAlt = first.of(dist, 'alt.html', (bytes) => ({ length: bytes.length }));
    first.of(dist, 'neu.html', (bytes) => ({ length: bytes.length }));
    first.save();

    nextBuild();
    const read: string[] = [];
    const second = fileFacts<{ length: number }>(factsFile, 'v1');
    const facts = (file: string) => second.of(dist, file, (bytes) => (read.push(file), { length: bytes.length }));
    expect(facts('alt.html')).toEqual(firstAlt);
    expect(facts('neu.html').length).toBe(Buffer.byteLength('<p>zweite Fassung</p>'));
    expect(read).toEqual(['neu.html']);
  });

  it('the digest is of the bytes, so equal pages agree however they were made', () => {
    const { dist, factsFile } = twoBuilds();
    const facts = fileFacts<object>(factsFile, 'v1');
    writeFileSync(join(dist, 'kopie.html'), readFileSync(join(dist, 'alt.html')));
    expect(facts.of(dist, 'kopie.html', () => ({})).sha).toBe(facts.of(dist, 'alt.html', () => ({})).sha);
  });

  it('other code reading the facts trusts nothing kept', () => {
    const { dist, factsFile } = twoBuilds();
    const first = fileFacts<object>(factsFile, 'v1');
    first.of(dist, 'alt.html', () => ({}));
    first.save();
    const read: string[] = [];
    fileFacts<object>(factsFile, 'v2').of(dist, 'alt.html', () => (read.push('alt.html'), {}));
    expect(read).toEqual(['alt.html']);
  });

  it('a page rewritten in place later, even at the same size, is read again', () => {
    const { dist, factsFile } = twoBuilds();
    const first = fileFacts<object>(factsFile, 'v1');
    const before = first.of(dist, 'neu.html', () => ({})).sha;
    first.save();
    writeFileSync(join(dist, 'neu.html'), '<p>erste Fassunk</p>');
    // The file system's clock ticks in milliseconds: the rewrite is a moment later.
    utimesSync(join(dist, 'neu.html'), new Date(Date.now() + 1000), new Date(Date.now() + 1000));
    expect(fileFacts<object>(factsFile, 'v1').of(dist, 'neu.html', () => ({})).sha).not.toBe(before);
  });

  it('a cut-short facts file is read as none', () => {
    const { dist, factsFile } = twoBuilds();
    writeFileSync(factsFile, '{"code":"v1","files":{');
    expect(fileFacts<object>(factsFile, 'v1').of(dist, 'alt.html', () => ({})).sha).toMatch(/^[\w-]{43}$/);
  });
});
