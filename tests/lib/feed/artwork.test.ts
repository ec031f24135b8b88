import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artworkProblem, checkPublicArtwork } from '../../../src/lib/feed/artwork';

describe('podcast artwork', () => {
  it.each([
    [{ width: 1400, height: 1400, type: 'jpg' }],
    [{ width: 3000, height: 3000, type: 'png' }],
    [{ width: 2048, height: 2048, type: 'jpg' }],
  ])('accepts %o', (facts) => {
    expect(artworkProblem(facts)).toBeUndefined();
  });

  it.each([
    [{ width: 1200, height: 1200, type: 'jpg' }, 'is 1200×1200 px; expected between 1400×1400 and 3000×3000 px'],
    [{ width: 3001, height: 3001, type: 'png' }, 'is 3001×3001 px; expected between 1400×1400 and 3000×3000 px'],
    [{ width: 1600, height: 1400, type: 'jpg' }, 'is 1600×1400 px, not square; expected a square of 1400 to 3000 px'],
    [{ width: 1400, height: 1400, type: 'webp' }, 'is WEBP; expected a JPEG or PNG'],
    [{ width: 1400, height: 1400, type: undefined }, 'is not an image; expected a JPEG or PNG'],
    [{ width: undefined, height: undefined, type: 'png' }, 'has no readable size; expected a square JPEG or PNG of 1400 to 3000 px'],
  ])('rejects %o', (facts, message) => {
    expect(artworkProblem(facts)).toBe(message);
  });

  it('measures the real file under public/ and names it', () => {
    const root = mkdtempSync(join(tmpdir(), 'artwork-'));
    mkdirSync(join(root, 'public'));
    writeFileSync(join(root, 'public/kaputt.jpg'), 'kein Bild');
    expect(checkPublicArtwork(root, '/fehlt.jpg')).toBe('the file public/fehlt.jpg does not exist');
    expect(checkPublicArtwork(root, '/kaputt.jpg')).toMatch(/^public\/kaputt\.jpg is not an image/);
    expect(checkPublicArtwork(process.cwd(), '/artwork.jpg')).toBeUndefined();
  });
});
