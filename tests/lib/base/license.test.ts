import { describe, expect, it } from 'vitest';
import { spdxLicense } from '../../../src/lib/base/license';

describe('SPDX license identifiers', () => {
  it.each([
    ['CC-BY-4.0', 'CC-BY-4.0'],
    ['cc-by-nc-nd-4.0', 'CC-BY-NC-ND-4.0'],
    [' MIT ', 'MIT'],
    ['CC0-1.0', 'CC0-1.0'],
    ['Alle Rechte vorbehalten', undefined],
    ['CC-BY-5.0', undefined],
    ['', undefined],
    ['<script>', undefined],
  ])('%j is %s', (written, identifier) => {
    expect(spdxLicense(written)).toBe(identifier);
  });
});
