import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { episodeSchema } from '../src/schemas/episode.ts';
import { berlinDay } from '../src/lib/base/dates.ts';
import { episodeFileSlug, episodeTemplate, fieldDocs, nextEpisodeNumber } from './episode-template.ts';
import { parseEpisodeText } from './import/episode-file.ts';
import { writeFileAtomic } from '../build/atomic-write.ts';

const EPISODES_DIR = 'content/episodes';

export interface NewEpisodeOptions {
  args: readonly string[];
  root?: string;
  now?: Date;
  log?: (line: string) => void;
}

/** Creates the next episode's draft file; returns the exit code. */
export function runNewEpisode({ args, root = process.cwd(), now = new Date(), log = console.log }: NewEpisodeOptions): number {
  const title = args.join(' ').replace(/\s+/g, ' ').trim();
  if (!title) {
    log('Usage: npm run new -- "Titel der Folge"');
    return 2;
  }
  const dir = join(root, EPISODES_DIR);
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => /\.mdx?$/.test(name)) : [];
  const numbers = names.map((name) => parseEpisodeText(readFileSync(join(dir, name), 'utf8'))?.frontmatter.episode);
  const number = nextEpisodeNumber(numbers);
  const slug = episodeFileSlug(number, title, new Set(names.map((name) => name.replace(/\.mdx?$/, ''))));
  const path = `${EPISODES_DIR}/${slug}.md`;
  writeFileAtomic(join(root, path), episodeTemplate({ title, number, day: berlinDay(now), slug, docs: fieldDocs(episodeSchema) }));
  log(`Created ${path} (episode ${number}, draft). Put the audio at public/audio/${slug}.mp3, or set audio.url to its https:// address.`);
  return 0;
}
