import { describe, expect, it } from 'vitest';
import { escapeHtml, showNotesHtml } from '../../../src/lib/feed/show-notes';

const labels = { chapters: 'Kapitel', links: 'Weiterführende Links', transcript: 'Zum Transkript' };
const page = 'https://podcast.example.de/folgen/004-vertrauen/';

describe('show notes in content:encoded', () => {
  it('lists summary, chapters with times, links and the transcript link, all absolute', () => {
    const html = showNotesHtml({
      summary: 'Worum es geht.',
      chapters: [
        { start: 5, title: 'Begrüßung', url: `${page}#begruessung` },
        { start: 3725, title: 'Fazit', url: `${page}#fazit` },
      ],
      links: [{ title: 'BSI', url: 'https://www.bsi.bund.de/' }],
      transcriptUrl: `${page}#transcript-heading`,
      labels,
    });
    expect(html).toBe(
      [
        '<p>Worum es geht.</p>',
        '<p><strong>Kapitel</strong></p>',
        `<ul><li>00:05 <a href="${page}#begruessung">Begrüßung</a></li><li>01:02:05 <a href="${page}#fazit">Fazit</a></li></ul>`,
        '<p><strong>Weiterführende Links</strong></p>',
        '<ul><li><a href="https://www.bsi.bund.de/">BSI</a></li></ul>',
        `<p><a href="${page}#transcript-heading">Zum Transkript</a></p>`,
      ].join('\n'),
    );
  });

  it('leaves out empty chapter and link lists', () => {
    const html = showNotesHtml({ summary: 'Kurz.', chapters: [], links: [], transcriptUrl: page, labels });
    expect(html).toBe(`<p>Kurz.</p>\n<p><a href="${page}">Zum Transkript</a></p>`);
  });

  it.each([
    ['markup', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['quotes in an attribute', '" onmouseover="x', '&quot; onmouseover=&quot;x'],
    ['apostrophe for HTML 4 readers', "Oliver's", 'Oliver&#39;s'],
    ['ampersand', 'IT & Fachbereich', 'IT &amp; Fachbereich'],
  ])('escapes %s', (_, input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});
