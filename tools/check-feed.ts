import { readFileSync } from 'node:fs';
import { checkFeed, formatProblem } from '../quality/feed-check.ts';

/**
 * `npm run check:feed [file]`: checks the built feed (dist/feed.xml by default)
 * and exits 1 when any rule fails, naming the episode and the rule.
 */
const file = process.argv[2] ?? 'dist/feed.xml';
let xml: string;
try {
  xml = readFileSync(file, 'utf8');
} catch {
  console.error(`${file}: not found; run \`npm run build\` first.`);
  process.exit(1);
}
const { problems, episodes } = checkFeed(xml);
if (problems.length > 0) {
  for (const problem of problems) console.error(`${file}: ${formatProblem(problem)}`);
  console.error(`${file}: ${problems.length} problem(s).`);
  process.exit(1);
}
console.log(`${file}: ${episodes} episodes, all feed checks passed.`);
