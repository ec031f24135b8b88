/**
 * A transcript with headings that tempt two readers to disagree: the same
 * title twice, emoji, inline code, a link, escaped markup and `&`, `--` that
 * the page sets as a dash, a heading without a time, and a component (in MDX;
 * an HTML block in Markdown) between two paragraphs. Times fit a 10-minute audio.
 */
export function oddTranscript(format: 'md' | 'mdx'): string {
  return `${format === 'mdx' ? "import Hinweis from '../../src/components/content/Hinweis.astro';\n\n" : ''}Einleitung ohne Zeit, mit "Anführungszeichen".

## Begrüßung [00:00:05]

[00:00:05] **Oliver:** Hallo und willkommen.

## Begrüßung [00:00:20]

[00:00:21] **Katrin:** Noch einmal hallo -- doppelt hält besser.

<Hinweis title="Zwischendurch">
  Ein Hinweis zwischen zwei Absätzen.
</Hinweis>

[00:00:30] **Katrin:** Weiter nach dem Hinweis.

## 🎙️ Technik & \`npm test\` [00:00:40]

[00:00:41] **Oliver**: Wir testen mit \`npm test\` und "Anführungszeichen".

### Siehe [BSI](https://www.bsi.bund.de/) [00:01:00]

[00:01:02] Ohne Sprecher, aber mit *Betonung*.

## \\<script\\> & \\<b\\>fett\\</b\\> > 3 [00:01:30]

[00:01:31] **Katrin:** Das bleibt Text: \\<img src=x onerror=alert(1)\\> &amp; mehr.

## Ohne Zeit

Ein Absatz ohne Zeit.

#### Ganz unten -- mit Strichen [00:02:00]

[00:02:01] **Oliver:** Tschüss.
`;
}
