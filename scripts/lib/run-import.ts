import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NotAPodcastFeedError } from '../../src/lib/import/podcast-feed.ts';
import { planImport, type ExistingFile, type ImportPlan } from '../../src/lib/import/plan-import.ts';
import { remoteAudioProbe, type Fetch } from '../../src/lib/import/remote-audio.ts';
import { writeFileAtomic } from './atomic-write.ts';

export const USAGE = `Usage: npm run import -- <feed URL or file> [--dry-run] [--offline]

  --dry-run   show what would change, write nothing
  --offline   do not ask audio hosts for missing sizes, types or durations`;

export interface ImportOptions {
  args: readonly string[];
  /** Project root holding content/; the current directory by default. */
  root?: string;
  fetch?: Fetch;
  log?: (line: string) => void;
}

const EPISODES_DIR = 'content/episodes';
const SETTINGS_FILE = 'content/settings.yaml';

async function readSource(source: string, fetchImpl: Fetch, root: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetchImpl(source, { redirect: 'follow', headers: { accept: 'application/rss+xml, application/xml, text/xml, */*' } });
    if (!response.ok) throw new NotAPodcastFeedError(`${source}: the server answered ${response.status}; nothing was written.`);
    return response.text();
  }
  const path = resolve(root, source);
  if (!existsSync(path)) throw new NotAPodcastFeedError(`${source}: no such file; give the feed's URL or a saved copy of it. Nothing was written.`);
  return readFileSync(path, 'utf8');
}

function readExisting(root: string): ExistingFile[] {
  const dir = join(root, EPISODES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => ({ path: `${EPISODES_DIR}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

function report(plan: ImportPlan, dryRun: boolean, log: (line: string) => void): void {
  const verb = dryRun ? 'would ' : '';
  for (const path of plan.created) log(`${verb}create  ${path}`);
  for (const path of plan.updated) log(`${verb}update  ${path}`);
  for (const path of plan.kept) log(`keep    ${path} (edited by hand)`);
  if (plan.settingsFilled.length) log(`${verb}fill    ${SETTINGS_FILE}: ${plan.settingsFilled.join(', ')}`);
  for (const reason of plan.skipped) log(`skip    ${reason}`);
  for (const warning of plan.warnings) log(`warning ${warning}`);
  log(
    `\n${dryRun ? 'Dry run: nothing written. ' : ''}${plan.created.length} created, ${plan.updated.length} updated, ` +
      `${plan.unchanged.length + plan.kept.length} skipped (${plan.unchanged.length} unchanged, ${plan.kept.length} edited by hand), ` +
      `${plan.skipped.length} feed items not imported, ${plan.warnings.length} warnings.`,
  );
}

/** Runs one import; the exit code is 0 on success, 1 when the feed was refused, 2 on a usage error. */
export async function runImport({ args, root = process.cwd(), fetch: fetchImpl = fetch, log = console.log }: ImportOptions): Promise<number> {
  const flags = new Set(args.filter((arg) => arg.startsWith('--')));
  const sources = args.filter((arg) => !arg.startsWith('--'));
  const unknown = [...flags].filter((flag) => !['--dry-run', '--offline'].includes(flag));
  if (sources.length !== 1 || unknown.length) {
    log(unknown.length ? `Unknown option ${unknown.join(', ')}\n\n${USAGE}` : USAGE);
    return 2;
  }
  const source = sources[0]!;
  const dryRun = flags.has('--dry-run');
  try {
    const xml = await readSource(source, fetchImpl, root);
    const settingsPath = join(root, SETTINGS_FILE);
    const plan = await planImport({
      xml,
      source,
      existing: readExisting(root),
      settings: { path: SETTINGS_FILE, text: existsSync(settingsPath) ? readFileSync(settingsPath, 'utf8') : '' },
      probe: flags.has('--offline') ? undefined : remoteAudioProbe(fetchImpl),
      episodesDir: EPISODES_DIR,
    });
    if (!dryRun) for (const write of plan.writes) writeFileAtomic(join(root, write.path), write.text);
    report(plan, dryRun, log);
    return 0;
  } catch (error) {
    if (error instanceof NotAPodcastFeedError) {
      log(error.message);
      return 1;
    }
    throw error;
  }
}
