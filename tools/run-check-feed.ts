import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkFeed, formatProblem, siteFolderReader } from '../quality/feed-check.ts';

/**
 * `npm run check:feed [file]`: checks the built feed (dist/feed.xml by default)
 * and returns 1 when any rule fails, naming the episode and the rule. Files of
 * the site itself (artwork, chapters) are read from the feed's folder; warnings
 * (Spotify's chapter rules) are printed and do not fail.
 */
export function runCheckFeed({
  args,
  cwd = process.cwd(),
  log = console.log,
  error = console.error,
}: {
  args: readonly string[];
  cwd?: string;
  log?: (line: string) => void;
  error?: (line: string) => void;
}): number {
  const file = args[0] ?? 'dist/feed.xml';
  const path = resolve(cwd, file);
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch {
    error(`${file}: not found; run \`npm run build\` first.`);
    return 1;
  }
  const { problems, warnings, episodes } = checkFeed(xml, { readSiteFile: siteFolderReader(dirname(path)) });
  for (const warning of warnings) log(`${file}: warning: ${formatProblem(warning)}`);
  if (problems.length > 0) {
    for (const problem of problems) error(`${file}: ${formatProblem(problem)}`);
    error(`${file}: ${problems.length} problem(s).`);
    return 1;
  }
  log(`${file}: ${episodes} episodes, all feed checks passed${warnings.length ? `, ${warnings.length} warning(s)` : ''}.`);
  return 0;
}
