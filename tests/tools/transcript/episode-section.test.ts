import { describe, expect, it } from 'vitest';
import { findTranscriptSection, fingerprint, markerLine, withTranscript } from '../../../tools/transcript/episode-section';

const FRONTMATTER = '---\ntitle: "Folge"\n---\n';
const converted = (markdown: string) => `${markerLine(markdown, 'md')}\n\n${markdown}`;
const MARKDOWN = '[00:00:05] **Oliver:** Hallo.\n';

describe('the transcript section of an episode file', () => {
  it.each([
    ['an episode with only show notes', `${FRONTMATTER}\nNotizen.\n`, 'empty', false],
    ['an empty transcript heading', `${FRONTMATTER}\nNotizen.\n\n## Transkript\n\n`, 'empty', true],
    ['an English transcript heading', `${FRONTMATTER}\nNotes.\n\n## Transcript\n`, 'empty', true],
    ['chapter headings alone', `${FRONTMATTER}\nNotizen.\n\n## Intro [00:00:00]\n\n## Ende [00:04:00]\n`, 'empty', false],
    ['a converted transcript', `${FRONTMATTER}\n## Transkript\n\n${converted(MARKDOWN)}`, 'converted', true],
    [
      'a converted transcript with Windows line ends',
      `${FRONTMATTER}\n## Transkript\n\n${converted(MARKDOWN)}`.replace(/\n/g, '\r\n'),
      'converted',
      true,
    ],
    [
      'a converted transcript edited by hand',
      `${FRONTMATTER}\n## Transkript\n\n${converted(MARKDOWN).replace('Hallo', 'Hallo!')}`,
      'edited by hand',
      true,
    ],
    ['a transcript written by hand', `${FRONTMATTER}\n## Transkript\n\n[00:00:05] Hallo.\n`, 'written by hand', true],
    ['an untimed transcript written by hand', `${FRONTMATTER}\n## Transkript\n\n## Hallo\n\nText.\n`, 'written by hand', true],
    ['time marks before a transcript heading', `${FRONTMATTER}\n[00:00:05] Hallo.\n\n## Transkript\n`, 'written by hand', false],
    ['a setext transcript heading', `${FRONTMATTER}\nNotizen.\n\nTranskript\n----------\n\n`, 'empty', true],
  ])('%s: %s', (_, text, state, hasHeading) => {
    const section = findTranscriptSection(text, 'md')!;
    expect(section.state).toBe(state);
    expect(section.hasHeading).toBe(hasHeading);
  });

  it('keeps what comes before the section byte for byte and puts the converted Markdown under its fingerprint', () => {
    const text = `${FRONTMATTER}\nNotizen mit *Markdown* und <b>HTML</b>.\n\n## Transkript\n\nAlt.\n`;
    const section = findTranscriptSection(text, 'md')!;
    const result = withTranscript(section, MARKDOWN, { format: 'md', heading: 'Transkript' });
    expect(result).toBe(
      `${FRONTMATTER}\nNotizen mit *Markdown* und <b>HTML</b>.\n\n## Transkript\n\n<!-- converted by npm run transcript, fingerprint ${fingerprint(MARKDOWN)} -->\n\n${MARKDOWN}`,
    );
    expect(findTranscriptSection(result, 'md')!.state).toBe('converted');
  });

  it('adds the heading after the notes when there is none, and an MDX comment in MDX', () => {
    const section = findTranscriptSection(`${FRONTMATTER}\nNotizen.\n`, 'mdx')!;
    const result = withTranscript(section, MARKDOWN, { format: 'mdx', heading: 'Transkript' });
    expect(result).toBe(
      `${FRONTMATTER}\nNotizen.\n\n## Transkript\n\n{/* converted by npm run transcript, fingerprint ${fingerprint(MARKDOWN)} */}\n\n${MARKDOWN}`,
    );
    expect(findTranscriptSection(result, 'mdx')!.state).toBe('converted');
  });

  it('carries the chapter headings over as written', () => {
    const section = findTranscriptSection(`${FRONTMATTER}\n## Transkript\n\n## *Intro* [00:00:00]\n\n### Teil  2 [01:00]\n`, 'md')!;
    expect(section.chapters).toEqual([
      { start: 0, title: 'Intro', markdown: '## *Intro* [00:00:00]' },
      { start: 60, title: 'Teil 2', markdown: '### Teil  2 [01:00]' },
    ]);
  });
});
