import { describe, expect, it } from 'vitest';
import { contentHash, isEditedByHand, parseEpisodeText, renderEpisodeText } from '../../../tools/import/episode-file';

const episode = {
  frontmatter: { title: 'Folge: Eins', guid: '00123', episode: 1, audio: { url: 'https://h/a.mp3', bytes: 10 } },
  body: '## Intro [00:00:00]',
};

describe('episode files written by the importer', () => {
  it('quotes strings, so a guid like 00123 stays text', () => {
    const text = renderEpisodeText(episode);
    expect(text).toContain('guid: "00123"');
    expect(parseEpisodeText(text)?.frontmatter.guid).toBe('00123');
  });

  it.each([['true'], ['null'], ['1e5'], ['- Liste'], ['# kein Kommentar'], ['zwei\nZeilen'], ['"Zitat"']])(
    'the title %j survives a round trip',
    (title) => {
      const text = renderEpisodeText({ ...episode, frontmatter: { ...episode.frontmatter, title } });
      expect(parseEpisodeText(text)?.frontmatter.title).toBe(title);
    },
  );

  it('puts a TODO comment above the field it concerns', () => {
    const text = renderEpisodeText(episode, { commentsBefore: { audio: ['TODO: bytes fehlen'] } });
    expect(text).toMatch(/# TODO: bytes fehlen\naudio:/);
  });

  it.each([['no frontmatter'], ['---\n- a list\n---\n'], ['---\ntitle: [unclosed\n---\n']])('%j is not read as an episode', (text) => {
    expect(parseEpisodeText(text)).toBeUndefined();
  });
});

describe('hand edits are recognised', () => {
  const imported = (hash = contentHash(episode)) =>
    parseEpisodeText(renderEpisodeText({ ...episode, frontmatter: { ...episode.frontmatter, imported: { source: 's', hash } } }))!;

  it('an untouched import is not an edit', () => {
    expect(isEditedByHand(imported())).toBe(false);
  });

  it('a comment or different YAML layout is not an edit', () => {
    const text = renderEpisodeText({
      ...episode,
      frontmatter: { ...episode.frontmatter, imported: { source: 's', hash: contentHash(episode) } },
    });
    const reformatted = text.replace('title: "Folge: Eins"', "# Anmerkung\ntitle: 'Folge: Eins'");
    expect(isEditedByHand(parseEpisodeText(reformatted)!)).toBe(false);
  });

  it.each([
    ['a changed title', (text: string) => text.replace('Folge: Eins', 'Folge: Zwei')],
    ['changed notes', (text: string) => `${text}Neue Zeile.\n`],
    ['a removed import record', (text: string) => text.replace(/imported:[\s\S]*?---/, '---')],
  ])('%s is an edit', (_, edit) => {
    const text = renderEpisodeText({
      ...episode,
      frontmatter: { ...episode.frontmatter, imported: { source: 's', hash: contentHash(episode) } },
    });
    expect(isEditedByHand(parseEpisodeText(edit(text))!)).toBe(true);
  });
});
