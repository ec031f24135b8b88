import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishBuild, stagingDirFor } from '../../build/publish-build';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'publish-'));
  const staging = stagingDirFor(root);
  mkdirSync(join(staging, '.prerender'), { recursive: true });
  writeFileSync(join(staging, 'index.html'), 'neu');
  writeFileSync(join(staging, '.prerender/chunk.mjs'), 'Entwurf');
  return { root, staging, dist: join(root, 'dist') };
}

describe('a finished build replaces dist/ as a whole', () => {
  it("the new site takes the place of the old one, without Astro's work folders", () => {
    const { staging, dist } = project();
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'alt');
    writeFileSync(join(dist, 'weg.html'), 'alt');
    publishBuild(staging, dist);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('neu');
    expect(existsSync(join(dist, 'weg.html'))).toBe(false);
    expect(existsSync(join(dist, '.prerender'))).toBe(false);
    expect(existsSync(staging)).toBe(false);
  });

  it('the first build creates dist/', () => {
    const { staging, dist } = project();
    publishBuild(staging, dist);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('neu');
  });

  it('when the new site cannot be moved in, the old one stays', () => {
    const { root, dist } = project();
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'alt');
    expect(() => publishBuild(join(root, 'gibt-es-nicht'), dist)).toThrow();
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('alt');
  });
});
