import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listFiles, readEpisodeFiles } from '../support/content-files';

const episodes = readEpisodeFiles();
const hidden = episodes.filter(({ frontmatter }) => frontmatter.draft === true || new Date(String(frontmatter.published)) > new Date());
const builtText = listFiles('dist')
  .filter((file) => /\.(html|xml|json|txt|vtt|srt)$/.test(file))
  .map((file) => ({ file, text: readFileSync(file, 'utf8') }));

describe('drafts and future episodes', () => {
  it('the demo content has a draft and a future-dated episode to prove it', () => {
    expect(hidden.some(({ frontmatter }) => frontmatter.draft === true)).toBe(true);
    expect(hidden.some(({ frontmatter }) => new Date(String(frontmatter.published)) > new Date())).toBe(true);
  });

  it.each(hidden.map((episode) => [episode.slug, episode] as const))(
    '%s is published nowhere: no page, no link, no feed item, no search entry',
    (slug, episode) => {
      expect(listFiles('dist').filter((file) => file.includes(slug))).toEqual([]);
      const title = String(episode.frontmatter.title);
      const mentions = builtText.filter(({ text }) => text.includes(`/folgen/${slug}/`) || text.includes(title)).map(({ file }) => file);
      expect(mentions).toEqual([]);
    },
  );
});
