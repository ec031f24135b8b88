import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileInFolder, publicPathProblem } from '../../../src/lib/base/public-path';

describe('a path from content or settings names a file inside public/', () => {
  it.each([
    '/audio/042-vertrauen.mp3',
    '/images/cover.jpg',
    '/audio/folge%2042.mp3',
    '/audio/über.mp3',
    '/a/b/c/d.png',
    '/..hidden-but-inside.mp3',
  ])('%j is accepted', (path) => expect(publicPathProblem(path)).toBeUndefined());

  it.each([
    ['/../README.md', 'stays inside public/'],
    ['/audio/../../outside.mp3', 'stays inside public/'],
    ['/%2e%2e/README.md', 'stays inside public/'],
    ['/audio/%2E%2E%2F%2E%2E%2Fetc/passwd', 'stays inside public/'],
    ['/./audio/x.mp3', 'stays inside public/'],
    ['//evil.example/x.png', 'single "/"'],
    ['/audio//x.mp3', 'without empty parts'],
    ['/audio/', 'without empty parts'],
    ['/..\\..\\README.md', 'without backslashes'],
    ['/audio%5C..%5C..%5Cx', 'without backslashes'],
    ['/audio/x.mp3%00.png', 'control characters'],
    ['/audio/x\u0000.mp3', 'control characters'],
    ['/audio/%E0%A4%A', '%-escapes are complete'],
    ['/audio/x.mp3?v=2', 'without "?" or "#"'],
    ['/audio/mein podcast.mp3', 'without spaces'],
    ['audio/x.mp3', 'starting with "/"'],
    ['..\\README.md', 'starting with "/"'],
    ['file:///etc/passwd', 'starting with "/"'],
    ['', 'starting with "/"'],
  ])('%j is refused: %s', (path, reason) => {
    expect(publicPathProblem(path)).toContain(reason);
  });
});

describe('fileInFolder resolves a site path and checks the result stays in the folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'public-path-'));

  it.each([
    ['/audio/x.mp3', join(folder, 'audio/x.mp3')],
    ['/audio/folge%2042.mp3', join(folder, 'audio/folge 42.mp3')],
    ['/über.png', join(folder, 'über.png')],
  ])('%j → the file inside', (path, file) => expect(fileInFolder(folder, path)).toBe(file));

  it.each(['/../outside.txt', '/a/../../outside.txt', '/', '/..', '/a\\..\\..\\x', '/x\u0000'])(
    '%j is an error, never a file name',
    (path) => {
      expect(() => fileInFolder(folder, path)).toThrow(/does not name a file inside/);
    },
  );
});
