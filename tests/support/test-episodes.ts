import type { TestSite } from './fixture-site';

/** Adds a valid episode with the short fixture audio, served at `/folgen/<slug>/`. */
export function addEpisode(site: TestSite, slug: string, body?: string): void {
  site.copy('tests/fixtures/audio/kurz.mp3', `public/audio/${slug}.mp3`);
  site.write(`content/episodes/${slug}.md`, episodeFile(validFrontmatter(slug), body));
}

/** A valid episode file; pass overrides as YAML lines to break or change it. */
export function episodeFile(frontmatterLines: string[], body = 'Ein kurzes Transkript.\n'): string {
  return `---\n${frontmatterLines.join('\n')}\n---\n\n${body}`;
}

export const validFrontmatter = (slug: string) => [
  'title: Eine Testfolge',
  'episode: 1',
  'published: 2024-05-02',
  'summary: Eine Folge für Tests.',
  'audio:',
  `  url: /audio/${slug}.mp3`,
];
