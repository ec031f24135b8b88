/**
 * `npm run build` (`-- --force` to build even when nothing changed): checks the content, builds the site into a staging folder
 * (drawing share images beside Astro),
 * removes the files only unpublished episodes use, indexes it for search,
 * writes the host's HTTP headers (`_headers`), and only then replaces `dist/`. A build that fails anywhere leaves
 * the last published `dist/` exactly as it was, so a deploy step that runs
 * after a failed build still ships the previous site, never half of a new one.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { contentErrorFilter } from './build-output.ts';
import { publishBuild, stagingDirFor } from './publish-build.ts';
import type { EpisodeFiles } from './withhold-unpublished.ts';
import { registerProjectModules } from './project-modules.ts';
import { astroHeapMegabytes } from './heap-limit.ts';
import { inputsDigest, isUnchanged, nextScheduled, recordBuild } from './unchanged-build.ts';
import { contentFilePaths, contentSources } from '../src/lib/content-sources.ts';

/** What build/check-content-step.ts hands on of each episode, as JSON. */
type CheckedEpisode = Omit<EpisodeFiles, 'published'> & { published: string };

const root = process.cwd();
const dist = resolve(root, 'dist');
const staging = stagingDirFor(root);

/**
 * Rolldown's allocator (mimalloc) keeps memory it freed until its threads allocate
 * again, and they are idle once Astro has bundled: 200 MB more at Astro's peak
 * at 5,000 episodes. With no delay, freed memory goes back to the system at once.
 * glibc's allocator gives each thread an arena of its own; two are enough here.
 */
const childEnv = {
  ...process.env,
  MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0',
  MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
};

/**
 * Runs a step in a process of its own. With `after`, the step starts at once but
 * its output is held until `after` says yes, and it is stopped, unheard, on a no:
 * Astro starts beside the content check, and a failed check shows only the
 * check's own problems.
 */
function run(args: string[], { after }: { after?: Promise<boolean> } = {}): Promise<number> {
  return new Promise((done) => {
    // Astro reports errors, with their stack traces, on stderr; its 8,000 lines of progress pass straight through.
    const child = spawn(process.execPath, args, { cwd: root, env: childEnv, stdio: ['ignore', after ? 'pipe' : 'inherit', 'pipe'] });
    const filter = contentErrorFilter();
    let heldLines: string[] | undefined = after ? [] : undefined;
    const show = (lines: string[]) => (heldLines ? heldLines.push(...lines) : lines.forEach((line) => process.stderr.write(`${line}\n`)));
    createInterface({ input: child.stderr!, crlfDelay: Infinity })
      .on('line', (line) => show(filter.line(line)))
      .on('close', () => show(filter.end()));
    if (after && child.stdout) {
      const stdout = child.stdout;
      const heldOutput: Buffer[] = [];
      const hold = (chunk: Buffer) => heldOutput.push(chunk);
      stdout.on('data', hold);
      void after.then((go) => {
        if (!go) {
          child.kill();
          return;
        }
        stdout.off('data', hold);
        process.stdout.write(Buffer.concat(heldOutput));
        stdout.pipe(process.stdout, { end: false });
        heldLines?.forEach((line) => process.stderr.write(`${line}\n`));
        heldLines = undefined;
      });
    }
    child.on('close', (code, signal) => {
      // Closed before the verdict: what it said waits for it.
      void (after ?? Promise.resolve(true)).then(() => done(code ?? (signal ? 1 : 0)));
    });
    child.on('error', () => done(1));
  });
}

/**
 * Share images drawn beside Astro, on the other core and behind it in line for
 * the processor (build/draw-share-images.ts); `stop` lets the drawing finish
 * its current image and waits for it.
 */
function drawShareImages(): { stop(): Promise<void> } {
  // A small young generation: each image leaves garbage of its own size, and this process runs beside Astro's peak.
  const child = spawn(process.execPath, ['--max-semi-space-size=1', join(import.meta.dirname, 'draw-share-images.ts'), shareImagesFile], {
    cwd: root,
    env: childEnv,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  const exited = new Promise<void>((done) => child.on('close', () => done()).on('error', () => done()));
  if (child.pid !== undefined) setPriority(child.pid, 10);
  return {
    stop() {
      child.stdin?.end();
      return exited;
    },
  };
}

/** Ends the build without touching dist/: the staging folder goes, the last published site stays. */
function stop(step: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build stopped (${step} failed, see above); dist/ was left as it was and nothing was published.`);
  process.exit(1);
}

const inputs = inputsDigest(root);
if (!process.argv.includes('--force') && isUnchanged(root, dist, inputs)) {
  console.log(
    '[build] nothing changed since the last build (content, settings, code, public files, dist/); dist/ is up to date. `npm run build -- --force` builds anyway.',
  );
  process.exit(0);
}

const checkedFile = join(root, '.cache/build/checked-episodes.json');
const shareImagesFile = join(root, '.cache/build/share-images.json');
rmSync(staging, { recursive: true, force: true });
const contentPassed = run([join(import.meta.dirname, 'check-content-step.ts'), checkedFile, shareImagesFile]).then((code) => code === 0);
// Astro starts beside the check (its start and content sync take a second or two); nothing of it is shown unless the check passes.
// Sized by the episode files, drafts included: the check has not read them yet.
const heap = `--max-old-space-size=${astroHeapMegabytes(contentFilePaths(root, contentSources.episodes).length)}`;
const astro = run([heap, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging], { after: contentPassed });
if (!(await contentPassed)) {
  await astro;
  rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}
const drawing = drawShareImages();
const episodes = (JSON.parse(readFileSync(checkedFile, 'utf8')) as CheckedEpisode[]).map((episode) => ({
  ...episode,
  published: new Date(episode.published),
}));
const astroCode = await astro;
await drawing.stop();
if (astroCode !== 0) stop('astro build');
// Loaded only now, so they take no memory while Astro runs.
registerProjectModules();
const { withholdUnpublished } = await import('./withhold-unpublished.ts');
const { writeHeaders } = await import('./write-headers.ts');
const { loadSettings } = await import('../src/lib/settings.ts');
const { HEADERS_FILE } = await import('./headers/headers-file.ts');
try {
  const withheld = withholdUnpublished(staging, episodes);
  if (withheld.length) console.log(`[build] kept ${withheld.length} file(s) of unpublished episodes out of ${staging}`);
} catch (error) {
  console.error(`[build] ${(error as Error).message}`);
  stop('withholding unpublished files');
}
if ((await run([join(import.meta.dirname, 'index-search.ts'), staging])) !== 0) stop('search index');
try {
  const { rules, warnings } = writeHeaders(staging, loadSettings(root).site, join(root, '.cache/headers/page-needs.json'));
  for (const warning of warnings) console.warn(`[headers] ${warning}`);
  console.log(`[headers] wrote ${rules} rules for the host's HTTP headers to ${join(staging, HEADERS_FILE)}`);
} catch (error) {
  console.error(`[headers] ${(error as Error).message}`);
  stop('writing the HTTP headers');
}
publishBuild(staging, dist);
recordBuild(root, dist, inputs, nextScheduled(episodes));
console.log(`[build] published the site to ${dist}`);
