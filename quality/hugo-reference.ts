import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { timedRun, type TimedRun } from './timed-run.ts';

/**
 * The benchmark's reference: Hugo (Debian's `hugo` package) building the same
 * episode files into plain pages, then the Pagefind CLI of node_modules
 * indexing them, timed as one run on the same machine in the same bench run,
 * so that ratios hold even when other work slows the machine down.
 */

const PAGEFIND_CLI = resolve(import.meta.dirname, '../node_modules/pagefind/lib/runner/bin.cjs');

/** The `hugo` binary on the PATH, or undefined when it is not installed. */
export function findHugo(path = process.env.PATH ?? ''): string | undefined {
  return path
    .split(delimiter)
    .map((dir) => join(dir, 'hugo'))
    .find((file) => existsSync(file));
}

export function hugoVersion(hugo: string): string {
  return execFileSync(hugo, ['version'], { encoding: 'utf8' }).trim();
}

/** Templates as small as a real theme's essentials: an article per episode for Pagefind, paginated lists and topic pages. */
const FILES: Record<string, string> = {
  'hugo.toml': [
    'baseURL = "https://bench.example/"',
    'languageCode = "de"',
    'title = "Bench"',
    'paginate = 12',
    '[taxonomies]',
    '  topic = "topics"',
    '[frontmatter]',
    '  date = ["published", ":default"]',
    '[markup.goldmark.renderer]',
    '  unsafe = true',
  ].join('\n'),
  'layouts/_default/baseof.html':
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>',
  'layouts/_default/single.html':
    '{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p><time>{{ .Date.Format "2006-01-02" }}</time>{{ .Content }}</article>{{ end }}',
  'layouts/_default/list.html':
    '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}',
  'layouts/index.html':
    '{{ define "main" }}<ul>{{ range (.Paginate (where .Site.RegularPages "Section" "episodes")).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}',
};

export interface HugoSite {
  dir: string;
  /** Writes an episode as Hugo reads it: Markdown, whatever the extension in the project (MDX is Markdown to Hugo). */
  writeEpisode(slug: string, markdown: string): void;
  /** Hugo, then Pagefind over its output; `cold` removes both outputs first. */
  build(cold: boolean): Promise<TimedRun>;
}

export function createHugoSite(dir: string, hugo: string): HugoSite {
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `${text}\n`);
  }
  mkdirSync(join(dir, 'content/episodes'), { recursive: true });
  return {
    dir,
    writeEpisode: (slug, markdown) => writeFileSync(join(dir, 'content/episodes', `${slug}.md`), markdown),
    async build(cold) {
      if (cold) for (const output of ['public', 'resources']) rmSync(join(dir, output), { recursive: true, force: true });
      const command = `"${hugo}" --quiet --cleanDestinationDir && "${process.execPath}" "${PAGEFIND_CLI}" --site public --silent`;
      const run = await timedRun('sh', ['-c', command], { cwd: dir });
      if (run.code !== 0) throw new Error(`Hugo + Pagefind failed in ${dir}:\n${run.output.slice(-4000)}`);
      return run;
    },
  };
}
