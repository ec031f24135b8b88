import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { charsetOf, decodeFeed, type DecodedFeed } from './import/decode-feed.ts';
import { DEFAULT_LIMITS, download, DownloadError, megabytes, networkFetch, type Fetch, type NetworkLimits } from './import/network.ts';
import { NotAPodcastFeedError } from './import/podcast-feed.ts';
import { planImport, type ExistingFile, type ImportPlan, type ReadRemote } from './import/plan-import.ts';
import { clearShowSettings } from './import/settings-from-feed.ts';
import { remoteAudioProbe } from './import/remote-audio.ts';
import { writeFileAtomic } from '../build/atomic-write.ts';
import { imageDownloads, type ImageDownloads } from './import/image-downloads.ts';

export const USAGE = `Usage: npm run import -- <feed URL or file> [options]

  --fresh                 start from an empty show: remove the demo's episodes, audio,
                          testimonials and packages and empty the show's settings first
  --dry-run               show what would change, download and write nothing
  --offline               do not ask audio hosts for missing sizes, types or durations,
                          read no chapters or transcripts and download no artwork
  --timeout <s>           longest time for one request, body included (default ${DEFAULT_LIMITS.timeoutMs / 1000})
  --connect-timeout <s>   longest time to reach a server (default ${DEFAULT_LIMITS.connectTimeoutMs / 1000})
  --max-size <MB>         largest feed or image, and the most read of an audio file (default ${DEFAULT_LIMITS.maxBytes / 1_000_000})
  --max-redirects <n>     redirects followed per request (default ${DEFAULT_LIMITS.maxRedirects})`;

export interface ImportOptions {
  args: readonly string[];
  /** Project root holding content/; the current directory by default. */
  root?: string;
  /** Stands in for the network; by default the importer uses undici with the limits from the flags. */
  fetch?: Fetch;
  log?: (line: string) => void;
}

const EPISODES_DIR = 'content/episodes';
const SETTINGS_FILE = 'content/settings.yaml';
const FEED_TYPES = 'application/rss+xml, application/xml, text/xml;q=0.9, */*;q=0.1';

class UsageError extends Error {}

interface Flags {
  source: string;
  fresh: boolean;
  dryRun: boolean;
  offline: boolean;
  limits: NetworkLimits;
}

function numberFlag(value: string | undefined, flag: string, fallback: number, scale: number, { whole = false } = {}): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!value.trim() || !Number.isFinite(number) || number < 0 || (whole ? !Number.isInteger(number) : number === 0)) {
    throw new UsageError(`${flag} expects ${whole ? 'a whole number' : 'a positive number'}, not "${value}"`);
  }
  return number * scale;
}

function readFlags(args: readonly string[]): Flags {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('');
  return {
    source: positionals[0]!,
    fresh: values.fresh ?? false,
    dryRun: values['dry-run'] ?? false,
    offline: values.offline ?? false,
    limits: {
      timeoutMs: numberFlag(values.timeout, '--timeout', DEFAULT_LIMITS.timeoutMs, 1000),
      connectTimeoutMs: numberFlag(values['connect-timeout'], '--connect-timeout', DEFAULT_LIMITS.connectTimeoutMs, 1000),
      maxBytes: Math.floor(numberFlag(values['max-size'], '--max-size', DEFAULT_LIMITS.maxBytes, 1_000_000)),
      maxRedirects: numberFlag(values['max-redirects'], '--max-redirects', DEFAULT_LIMITS.maxRedirects, 1, { whole: true }),
    },
  };
}

const parse = (args: readonly string[]) =>
  parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      fresh: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      offline: { type: 'boolean' },
      timeout: { type: 'string' },
      'connect-timeout': { type: 'string' },
      'max-size': { type: 'string' },
      'max-redirects': { type: 'string' },
    },
  });

/** The feed as text, read as bytes and decoded by what the bytes and the server say. */
async function readSource(source: string, fetchImpl: Fetch, limits: NetworkLimits, root: string): Promise<DecodedFeed> {
  if (/^https?:\/\//i.test(source)) {
    const { bytes, contentType } = await download(source, { fetch: fetchImpl, limits, accept: FEED_TYPES });
    return decodeFeed(bytes, source, charsetOf(contentType));
  }
  const path = resolve(root, source);
  if (!existsSync(path) || !statSync(path).isFile())
    throw new NotAPodcastFeedError(`${source}: no such file; give the feed's URL or a saved copy of it. Nothing was written.`);
  if (statSync(path).size > limits.maxBytes) throw new DownloadError(source, `larger than ${megabytes(limits.maxBytes)} (--max-size)`);
  return decodeFeed(readFileSync(path), source);
}

/** What a fresh start empties: the demo's (or any earlier show's) episodes, audio, testimonials and packages. */
const FRESH_FOLDERS = ['content/episodes', 'public/audio', 'content/testimonials', 'content/packages'];

/** Every file a fresh start removes, relative to the root; folders stay, empty. */
function freshStartFiles(root: string): string[] {
  return FRESH_FOLDERS.flatMap((folder) =>
    existsSync(join(root, folder))
      ? readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
          .sort()
      : [],
  );
}

/** Reads a chapters or transcript file with the importer's limits, decoded as its server says (UTF-8 otherwise). */
function remoteReader(fetchImpl: Fetch, limits: NetworkLimits): ReadRemote {
  return async (url, accept) => {
    const { bytes, contentType } = await download(url, { fetch: fetchImpl, limits, accept });
    try {
      return new TextDecoder(charsetOf(contentType) ?? 'utf-8').decode(bytes);
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  };
}

function readExisting(root: string): ExistingFile[] {
  const dir = join(root, EPISODES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => ({ path: `${EPISODES_DIR}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

function report(
  plan: ImportPlan,
  removed: readonly string[],
  downloaded: ImageDownloads['downloaded'],
  dryRun: boolean,
  log: (line: string) => void,
): void {
  const verb = dryRun ? 'would ' : '';
  for (const path of removed) log(`${verb}remove  ${path}`);
  for (const { url, file } of downloaded) log(`download ${file} from ${url}`);
  for (const path of plan.created) log(`${verb}create  ${path}`);
  for (const path of plan.updated) log(`${verb}update  ${path}`);
  for (const path of plan.kept) log(`keep    ${path} (edited by hand)`);
  if (plan.settingsFilled.length) log(`${verb}fill    ${SETTINGS_FILE}: ${plan.settingsFilled.join(', ')}`);
  for (const reason of plan.skipped) log(`skip    ${reason}`);
  if (plan.notCarried.length) log(`not carried over (the site writes no such tags): ${plan.notCarried.join(', ')}`);
  for (const warning of plan.warnings) log(`warning ${warning}`);
  log(
    `\n${dryRun ? 'Dry run: nothing written. ' : ''}${plan.created.length} created, ${plan.updated.length} updated, ` +
      `${plan.unchanged.length + plan.kept.length} skipped (${plan.unchanged.length} unchanged, ${plan.kept.length} edited by hand), ` +
      `${plan.skipped.length} feed items not imported, ${plan.warnings.length} warnings.`,
  );
}

/**
 * Runs one import; the exit code is 0 on success, 1 when the feed was refused
 * or could not be read, 2 on a usage error. Every file is written only after
 * the whole import is planned and every image is downloaded, so a failure at
 * any point leaves content/ and public/ as they were.
 */
export async function runImport({ args, root = process.cwd(), fetch: givenFetch, log = console.log }: ImportOptions): Promise<number> {
  let flags: Flags;
  try {
    flags = readFlags(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    log(error.message ? `${error.message}\n\n${USAGE}` : USAGE);
    return 2;
  }
  const { source, fresh, dryRun, offline, limits } = flags;
  const network = givenFetch ? undefined : networkFetch(limits);
  const fetchImpl = givenFetch ?? network!.fetch;
  const images = imageDownloads({ root, mode: dryRun ? 'dry-run' : offline ? 'offline' : 'download', fetch: fetchImpl, limits });
  try {
    const feed = await readSource(source, fetchImpl, limits, root);
    const settingsPath = join(root, SETTINGS_FILE);
    const settingsText = existsSync(settingsPath) ? readFileSync(settingsPath, 'utf8') : '';
    const removed = fresh ? freshStartFiles(root) : [];
    const startSettings = fresh ? clearShowSettings(settingsText) : settingsText;
    const plan = await planImport({
      xml: feed.text,
      source,
      existing: fresh ? [] : readExisting(root),
      settings: { path: SETTINGS_FILE, text: startSettings },
      probe: offline ? undefined : remoteAudioProbe(fetchImpl, limits),
      read: offline ? undefined : remoteReader(fetchImpl, limits),
      images: images.store,
      imageBytes: images.bytesOf,
      invalidBytesIn: feed.invalidBytes ? feed.encoding : undefined,
      episodesDir: EPISODES_DIR,
      fresh,
    });
    if (fresh)
      plan.warnings.push(
        `${SETTINGS_FILE}: site, newsletter and booking are kept from before the fresh start; make sure they are yours (see the README, "Moving a show")`,
      );
    if (!dryRun) {
      // Only now, with the whole import planned, does anything change: a refused feed leaves the demo as it was.
      for (const path of removed) rmSync(join(root, path));
      if (startSettings !== settingsText) writeFileAtomic(settingsPath, startSettings);
      // Images first: an episode file never points at a picture that is not there yet.
      images.commit();
      for (const write of plan.writes) writeFileAtomic(join(root, write.path), write.text);
    }
    report(plan, removed, images.downloaded, dryRun, log);
    return 0;
  } catch (error) {
    if (error instanceof NotAPodcastFeedError) log(error.message);
    else if (error instanceof DownloadError) log(`${error.message}; nothing was written.`);
    else throw error;
    return 1;
  } finally {
    images.dispose();
    await network?.close();
  }
}
