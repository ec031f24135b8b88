/**
 * `npm run bench -- --episodes 1000 --mix realistic`: how the site builds as the
 * archive grows. Generates N synthetic German episodes (about 4,000 words,
 * timed chapters and paragraphs; nine in ten `.md` and one in ten `.mdx`, or
 * all `.mdx` with `--mix mdx`) into a throwaway copy of the project and builds
 * it cold, again unchanged (which `npm run build` notices and skips), unchanged
 * with `--force` (Astro and the search index run anyway), after correcting one transcript and after adding
 * one new episode. Hugo + Pagefind build the same files after each of ours, as
 * the reference, and the ratios are printed. Writes the numbers to bench-results/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createFixtureSite } from './fixture-site.ts';
import { createHugoSite, findHugo, hugoVersion, type HugoSite } from './hugo-reference.ts';
import { learnWordChain, seededRandom, syntheticEpisode } from './synthetic-episodes.ts';
import { routeMilliseconds, timedRun, type TimedRun } from './timed-run.ts';
import { listPages } from '../build/site-pages.ts';
import { brotliBytes, gzipBytes } from './page-weight.ts';
import { measureSearch, type SearchStep } from './measure-search.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    episodes: { type: 'string', default: '1000' },
    mix: { type: 'string', default: 'realistic' },
    keep: { type: 'boolean', default: false },
  },
});
const episodeCount = Number(values.episodes);
if (!Number.isInteger(episodeCount) || episodeCount < 1 || episodeCount > 20_000) {
  console.error(`--episodes: expected a whole number from 1 to 20000, got "${values.episodes}".`);
  process.exit(1);
}
const MIXES = { realistic: 10, mdx: 1 } as const;
if (!Object.hasOwn(MIXES, values.mix)) {
  console.error(`--mix: expected "realistic" (nine in ten .md, one in ten .mdx) or "mdx" (all .mdx), got "${values.mix}".`);
  process.exit(1);
}
const mix = values.mix as keyof typeof MIXES;
/** Every episode whose index is a multiple minus one of this is MDX: every tenth, or all. */
const extensionOf = (index: number) => ((index + 1) % MIXES[mix] === 0 ? 'mdx' : 'md');

/**
 * What listeners type, from rare to everywhere: compounds only a few synthetic
 * episodes use, a word in about half of them, and the show's own theme words,
 * said in nearly every episode. The first visit starts with a rare word and
 * ends by asking for the older episodes too; the second starts with a theme
 * word, since a first query also loads Pagefind itself.
 */
const SEARCH_VISITS: SearchStep[][] = [
  ['Lizenzkette', 'Telefonzyklus', 'Homeoffice', 'Dienstleister', { widen: true }],
  ['Vertrauen', 'Archivmodell'],
];
/** The issue's targets; asking for the older episodes has none, and the bench reports what it costs. */
const SEARCH_TARGET_KB = { first: 150, next: 25 };

const STEPS = ['cold', 'warm', 'warmForced', 'transcriptCorrected', 'episodeAdded'] as const;
type Step = (typeof STEPS)[number];
const STEP_LABEL: Record<Step, string> = {
  cold: 'cold (no .cache/, no dist/)',
  warm: 'nothing changed',
  warmForced: 'nothing changed, built anyway (--force)',
  transcriptCorrected: 'one transcript corrected',
  episodeAdded: 'one new episode added',
};

const site = createFixtureSite();
const log = (message: string) => console.error(`[bench] ${message}`);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const hugo = findHugo();

try {
  log(`writing ${episodeCount} synthetic episodes (${mix} mix) into ${site.dir}`);
  const chain = learnWordChain(
    readdirSync(join(projectRoot, 'content/episodes')).map((name) => readFileSync(join(projectRoot, 'content/episodes', name), 'utf8')),
  );
  site.copy('public/audio/004-vertraust-du-deiner-it.mp3', 'public/audio/bench.mp3');
  const reference = hugo ? createHugoSite(join(site.dir, '.bench-hugo'), hugo) : undefined;
  if (!reference) log('Hugo is not installed (Debian: apt install hugo), so the reference and the ratios are left out.');
  let words = 0;
  const episodeFiles: string[] = [];
  const episodeTexts: string[] = [];
  let lastDay = 0;
  const addEpisode = (index: number, total: number, published?: Date) => {
    const episode = syntheticEpisode({ index, total, chain, random: seededRandom(index + 1), audioUrl: '/audio/bench.mp3', published });
    lastDay = Math.max(lastDay, Date.parse(/^published: (.+)$/m.exec(episode.markdown)![1]!));
    const file = `content/episodes/${episode.slug}.${extensionOf(index)}`;
    site.write(file, episode.markdown);
    reference?.writeEpisode(episode.slug, episode.markdown);
    episodeFiles.push(file);
    episodeTexts.push(episode.markdown.toLowerCase());
    words += episode.words;
  };
  for (let index = 0; index < episodeCount; index++) addEpisode(index, episodeCount);

  const build = async (step: Step): Promise<TimedRun> => {
    const label = STEP_LABEL[step];
    log(`${label}…`);
    // Exactly what a podcaster runs, so the numbers include the heap limit and the search index.
    const run = await timedRun('npm', ['run', 'build', ...(step === 'warmForced' ? ['--', '--force'] : [])], {
      cwd: site.dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    if (run.code !== 0) throw new Error(`The build (${label}) failed:\n${run.output.slice(-4000)}`);
    log(
      `${label}: ${run.seconds.toFixed(1)} s (${run.cpuSeconds ?? '?'} s CPU), peak ${mb(run.peakBytes)} MB, ${rendered(run.output)} files rendered`,
    );
    return run;
  };
  const buildReference = async (step: Step, site: HugoSite): Promise<TimedRun> => {
    const run = await site.build(step === 'cold');
    log(`Hugo + Pagefind, ${STEP_LABEL[step]}: ${run.seconds.toFixed(1)} s (${run.cpuSeconds ?? '?'} s CPU), peak ${mb(run.peakBytes)} MB`);
    return run;
  };
  const changes: Record<Step, () => void> = {
    cold: () => {
      site.remove('.cache');
      site.remove('dist');
    },
    warm: () => undefined,
    // What Astro and Pagefind cost when they run with nothing to do: the fixed cost under every real rebuild.
    warmForced: () => undefined,
    // The everyday rebuild: one transcript corrected in the middle of the archive.
    transcriptCorrected: () => {
      const file = episodeFiles[Math.floor(episodeFiles.length / 2)]!;
      const corrected = `${readFileSync(join(site.dir, file), 'utf8')}\nNachtrag: eine Korrektur im Transkript.\n`;
      site.write(file, corrected);
      reference?.writeEpisode(file.replace(/^content\/episodes\/|\.mdx?$/g, ''), corrected);
    },
    // The weekly publish: one episode a day after the newest, in the same year, so the footer's years stay as they were.
    episodeAdded: () => addEpisode(episodeCount, episodeCount, new Date(lastDay + 86_400_000)),
  };
  const runs = {} as Record<Step, TimedRun>;
  const referenceRuns = {} as Partial<Record<Step, TimedRun>>;
  for (const step of STEPS) {
    changes[step]();
    runs[step] = await build(step);
    if (reference) referenceRuns[step] = await buildReference(step, reference);
  }

  const dist = join(site.dir, 'dist');
  const pages = listPages(dist);
  const episodePages = pages
    .filter((page) => page.type === 'episode')
    .map((page) => readFileSync(join(dist, page.file)))
    .sort((a, b) => a.length - b.length);
  const median = episodePages[Math.floor(episodePages.length / 2)];
  const distFiles = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const feedFile = join(dist, 'feed.xml');
  const perStep = <Value>(read: (run: TimedRun, step: Step) => Value) =>
    Object.fromEntries(STEPS.map((step) => [step, read(runs[step], step)])) as Record<Step, Value>;

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryMB: mb(totalmem()), node: process.version },
    episodes: episodeCount,
    mix,
    mdxEpisodes: episodeFiles.filter((file) => file.endsWith('.mdx')).length,
    transcriptWords: words,
    buildSeconds: perStep((run) => round(run.seconds)),
    buildCpuSeconds: perStep((run) => run.cpuSeconds ?? 'not measured'),
    filesRendered: perStep((run) => rendered(run.output)),
    searchBundlesReused: perStep((run) => /reused the ([\w-]+(?:(?:, | and )[\w-]+)*) bundle/.exec(run.output)?.[1] ?? 'none'),
    // Other work on the machine stretches wall time; the load average tells how busy it was.
    loadAverageAtEnd: loadavg().map((load) => round(load, 2)),
    peakMemoryMB: perStep((run) => mb(run.peakBytes)),
    reference: reference
      ? {
          tool: hugo ? hugoVersion(hugo) : '',
          buildSeconds: perStep((_run, step) => round(referenceRuns[step]!.seconds)),
          buildCpuSeconds: perStep((_run, step) => referenceRuns[step]!.cpuSeconds ?? 'not measured'),
          peakMemoryMB: perStep((_run, step) => mb(referenceRuns[step]!.peakBytes)),
          ratio: perStep((run, step) => round(run.seconds / referenceRuns[step]!.seconds, 2)),
          cpuRatio: perStep((run, step) => ratio(run.cpuSeconds, referenceRuns[step]!.cpuSeconds)),
        }
      : 'not measured: hugo is not installed (Debian: apt install hugo)',
    pages: pages.length,
    episodePages: episodePages.length,
    secondsPerEpisode: { cold: round(runs.cold.seconds / episodeCount, 4), warmForced: round(runs.warmForced.seconds / episodeCount, 4) },
    medianEpisodePage: median ? { bytes: median.length, gzip: gzipBytes(median), brotli: brotliBytes(median) } : 'no episode pages',
    distMB: mb(distFiles.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0)),
    distFiles: distFiles.length,
    feed: existsSync(feedFile)
      ? {
          bytes: statSync(feedFile).size,
          gzip: gzipBytes(readFileSync(feedFile)),
          renderMs: {
            cold: routeMilliseconds(runs.cold.output, '/feed.xml') ?? 'not in the build log',
            warmForced: routeMilliseconds(runs.warmForced.output, '/feed.xml') ?? 'not in the build log',
          },
        }
      : 'not measured: the build has no /feed.xml',
    search: await measureSearchTransfer(dist, episodeTexts),
  };

  const json = JSON.stringify(results, null, 2);
  console.log(json);
  printSummary(results);
  const outDir = join(projectRoot, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const outFile = join(outDir, `bench-${episodeCount}-${mix}-${results.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(outFile, `${json}\n`);
  log(`written to ${outFile}`);
} finally {
  if (values.keep) log(`kept the site in ${site.dir}`);
  else site.dispose();
}

/** Files Astro rendered rather than copied from the last build, from its log. */
function rendered(output: string): number {
  return output.split('\n').filter((line) => /[├└]─ \//.test(line) && !/\((cached|restored)\)/.test(line)).length;
}

function ratio(ours: number | undefined, theirs: number | undefined): number | 'not measured' {
  return ours === undefined || theirs === undefined || theirs === 0 ? 'not measured' : round(ours / theirs, 2);
}

/** The table the issue asks for: each build against Hugo + Pagefind, then memory and search. */
function printSummary(results: {
  buildSeconds: Record<Step, number>;
  buildCpuSeconds: Record<Step, number | string>;
  peakMemoryMB: Record<Step, number>;
  reference:
    | {
        buildSeconds: Record<Step, number>;
        buildCpuSeconds: Record<Step, number | string>;
        ratio: Record<Step, number>;
        cpuRatio: Record<Step, unknown>;
      }
    | string;
  loadAverageAtEnd: number[];
  search: Awaited<ReturnType<typeof measureSearchTransfer>>;
}) {
  const lines = [
    `| build | this project: wall / CPU | Hugo + Pagefind: wall / CPU | × Hugo + Pagefind: wall / CPU |`,
    '| --- | --- | --- | --- |',
  ];
  for (const step of STEPS) {
    const reference = typeof results.reference === 'string' ? undefined : results.reference;
    lines.push(
      `| ${STEP_LABEL[step]} | ${results.buildSeconds[step]} / ${results.buildCpuSeconds[step]} s | ${reference ? `${reference.buildSeconds[step]} / ${reference.buildCpuSeconds[step]} s` : '–'} | ${reference ? `${reference.ratio[step]}× / ${String(reference.cpuRatio[step])}×` : '–'} |`,
    );
  }
  lines.push(`| peak memory | ${Math.max(...Object.values(results.peakMemoryMB))} MB | | |`);
  for (const visit of results.search.visits)
    for (const query of visit)
      lines.push(
        `| search "${query.query}" (${query.order}) | ${query.kB} KB (${query.withinTarget === true ? 'within' : query.withinTarget === false ? 'OVER' : 'no'} target) | | |`,
      );
  lines.push(`load average at the end: ${results.loadAverageAtEnd.join(', ')}`);
  console.error(lines.join('\n'));
}

function round(value: number, digits = 1): number {
  return Number(value.toFixed(digits));
}

/** Pagefind's transfer per query, measured in Chromium, with how many episodes contain the word and whether it met its target. */
async function measureSearchTransfer(dist: string, episodeTexts: string[]) {
  log('measuring search in Chromium…');
  const { onOpen, visits } = await measureSearch(dist, { visits: SEARCH_VISITS });
  return {
    onOpen,
    targetKB: SEARCH_TARGET_KB,
    visits: visits.map((visit) =>
      visit.map(({ query, order, bytes, rawBytes, status, shown, files }) => ({
        query,
        order,
        episodesContaining: episodeTexts.filter((text) => text.includes(query.toLowerCase())).length,
        kB: round(bytes / 1024),
        withinTarget: order === 'widen' ? 'no target' : bytes <= SEARCH_TARGET_KB[order] * 1024,
        rawKB: round(rawBytes / 1024),
        status,
        shown,
        files,
      })),
    ),
  };
}
