import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { episodeSchema } from '../../src/schemas/episode';
import { settingsSchema } from '../../src/schemas/settings';
import { referenceRows, referenceTable, replaceReferenceBlock } from '../../tools/schema-reference';

describe('the README reference tables come from the schemas', () => {
  it('every frontmatter and settings field has a description', () => {
    for (const row of [...referenceRows(episodeSchema), ...referenceRows(settingsSchema)]) expect(row.description, row.field).not.toBe('');
  });

  it('lists nested fields with their parents, and marks what is required', () => {
    const rows = referenceRows(episodeSchema);
    expect(rows.find((row) => row.field === 'title')).toMatchObject({ required: true, type: 'text' });
    expect(rows.find((row) => row.field === 'audio.url')).toMatchObject({ required: true });
    expect(rows.find((row) => row.field === 'audio.type')).toMatchObject({ required: false, default: '`"audio/mpeg"`' });
    expect(rows.find((row) => row.field === 'links[].url')).toMatchObject({ type: 'URL' });
    expect(rows.find((row) => row.field === 'published')?.type).toBe('date or text');
  });

  it('README.md shows the current tables (update with `npm run docs:reference`)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const expected = replaceReferenceBlock(
      replaceReferenceBlock(readme, 'episode', referenceTable(episodeSchema)),
      'settings',
      referenceTable(settingsSchema),
    );
    if (process.env.UPDATE_REFERENCE === '1' && readme !== expected) writeFileSync('README.md', expected);
    else expect(readme).toBe(expected);
  });

  it('refuses a document without the marker block', () => {
    expect(() => replaceReferenceBlock('# README', 'episode', 'x')).toThrow('no <!-- reference:episode:start -->');
  });
});
