import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerProjectModules } from '../build/project-modules.ts';

/**
 * Times `npm run import` (offline) on feeds built to be slow: a description of
 * 300 KB without a sentence end, which once took minutes in a backtracking
 * regex; 300 KB of show notes dense with tags and links; and 300 KB of blank
 * lines in a code block, which Turndown alone trims in quadratic time; and
 * 300 KB of plain-text notes whose lines become a list of links. Prints
 * the seconds for each; the unit tests check the output, this only measures.
 */

registerProjectModules();
const { runImport } = await import('./run-import.ts');

const SIZE = 300_000;
const words = 'wort '.repeat(SIZE / 5);
const tags = '<p>Text <b>fett</b> <a href="https://example.de/x">Link</a></p>'.repeat(Math.ceil(SIZE / 62)).slice(0, SIZE);
const blankLines = `<pre><code>${'\n'.repeat(SIZE)}x</code></pre>`;
const plainText = '00:12:30 Kapitel mit https://example.de/a_b_(c) und z. B. Dr. Müller. Noch ein Satz!\n'
  .repeat(Math.ceil(SIZE / 80))
  .slice(0, SIZE);
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const feed = (description: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Messung</title><description>Messung</description>
<item><title>Lang</title><guid>lang-1</guid><pubDate>Mon, 04 Mar 2024 06:00:00 +0100</pubDate><itunes:episode>1</itunes:episode><itunes:duration>60</itunes:duration>
<description>${escape(description)}</description><enclosure url="https://audio.example/1.mp3" length="1000" type="audio/mpeg"/></item></channel></rss>`;

const cases = [
  ['300 KB description without a full stop', words],
  ['300 KB of show notes with 14,000 tags and links', tags],
  ['300 KB of blank lines in a code block', blankLines],
  ['300 KB of plain-text notes with timestamps, bare addresses and abbreviations', plainText],
] as const;

for (const [label, description] of cases) {
  const root = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    mkdirSync(join(root, 'content/episodes'), { recursive: true });
    writeFileSync(join(root, 'content/settings.yaml'), 'site: https://messung.example\n');
    writeFileSync(join(root, 'feed.xml'), feed(description));
    const started = performance.now();
    const code = await runImport({ args: [join(root, 'feed.xml'), '--offline'], root, log: () => undefined });
    const seconds = (performance.now() - started) / 1000;
    const written = readFileSync(join(root, 'content/episodes/lang.md'), 'utf8').length;
    console.log(`${label}: ${seconds.toFixed(2)} s (exit ${code}, episode file ${Math.round(written / 1000)} KB)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
