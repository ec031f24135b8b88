import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspHash } from '../../build/headers/page-needs';
import { writeHeaders } from '../../build/write-headers';

const page = (script: string) =>
  `<!doctype html><html lang="de"><head><script>${script}</script></head><body><main>Folge</main></body></html>`;

function builtSite() {
  const root = mkdtempSync(join(tmpdir(), 'write-headers-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'folgen/eins'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), page('start()'));
  writeFileSync(join(dist, 'folgen/eins/index.html'), page('play()'));
  return { dist, cacheFile: join(root, '.cache/headers/page-needs.json') };
}

const headers = (dist: string) => readFileSync(join(dist, '_headers'), 'utf8');

describe('the headers step reuses what it read from unchanged pages', () => {
  it('writes the same _headers with and without the kept readings', () => {
    const { dist, cacheFile } = builtSite();
    writeHeaders(dist, 'https://example.org/');
    const fresh = headers(dist);
    writeHeaders(dist, 'https://example.org/', cacheFile);
    writeHeaders(dist, 'https://example.org/', cacheFile);
    expect(headers(dist)).toBe(fresh);
  });

  it('reads a changed page anew, so its new inline script is allowed and the old one no longer', () => {
    const { dist, cacheFile } = builtSite();
    writeHeaders(dist, 'https://example.org/', cacheFile);
    expect(headers(dist)).toContain(cspHash('play()'));
    writeFileSync(join(dist, 'folgen/eins/index.html'), page('pause()'));
    writeHeaders(dist, 'https://example.org/', cacheFile);
    expect(headers(dist)).toContain(cspHash('pause()'));
    expect(headers(dist)).not.toContain(cspHash('play()'));
  });

  it('keeps only the pages of the last build, and survives a kept file cut short', () => {
    const { dist, cacheFile } = builtSite();
    writeHeaders(dist, 'https://example.org/', cacheFile);
    writeFileSync(join(dist, 'folgen/eins/index.html'), page('pause()'));
    writeHeaders(dist, 'https://example.org/', cacheFile);
    expect(Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')) as object)).toHaveLength(2);
    writeFileSync(cacheFile, '{"abc": ');
    writeHeaders(dist, 'https://example.org/', cacheFile);
    expect(headers(dist)).toContain(cspHash('pause()'));
  });
});
