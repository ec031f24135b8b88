/**
 * `npm run bench -- --episodes 1000`: how the site builds as the archive grows.
 * Generates N synthetic German episodes (about 4,000 words, timed chapters and
 * paragraphs) into a throwaway copy of the project, builds it cold, again
 * unchanged (warm caches) and after correcting one transcript, and prints and
 * writes the numbers to bench-results/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createFixtureSite } from './fixture-site.ts';
import { learnWordChain, seededRandom, syntheticEpisode } from './synthetic-episodes.ts';
import { routeMilliseconds, timedRun, type TimedRun } from './timed-run.ts';
import { listPages } from '../build/site-pages.ts';
import { brotliBytes, gzipBytes } from './page-weight.ts';
import { measureSearch, type SearchStep } from './measure-search.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { episodes: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const episodeCount = Number(values.episodes);
if (!Number.isInteger(episodeCount) || episodeCount < 1 || episodeCount > 20_000) {
  console.error(`--episodes: expected a whole number from 1 to 20000, got "${values.episodes}".`);
  process.exit(1);
}

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

const site = createFixtureSite();
const log = (message: string) => console.error(`[bench] ${message}`);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

try {
  log(`writing ${episodeCount} synthetic episodes into ${site.dir}`);
  const chain = learnWordChain(
    readdirSync(join(projectRoot, 'content/episodes')).map((name) => readFileSync(join(projectRoot, 'content/episodes', name), 'utf8')),
  );
  site.copy('public/audio/004-vertraust-du-deiner-it.mp3', 'public/audio/bench.mp3');
  let words = 0;
  const episodeSlugs: string[] = [];
  const episodeTexts: string[] = [];
  for (let index = 0; index < episodeCount; index++) {
    const episode = syntheticEpisode({ index, total: episodeCount, chain, random: seededRandom(index + 1), audioUrl: '/audio/bench.mp3' });
    site.write(`content/episodes/${episode.slug}.md`, episode.markdown);
    episodeSlugs.push(episode.slug);
    episodeTexts.push(episode.markdown.toLowerCase());
    words += episode.words;
  }

  const build = async (label: string): Promise<TimedRun> => {
    log(`${label} build…`);
    // Exactly what a podcaster runs, so the numbers include the heap limit and the search index.
    const run = await timedRun('npm', ['run', 'build'], {
      cwd: site.dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    if (run.code !== 0) throw new Error(`The ${label} build failed:\n${run.output.slice(-4000)}`);
    log(`${label} build: ${run.seconds.toFixed(1)} s (${run.cpuSeconds ?? '?'} s CPU), peak ${mb(run.peakBytes)} MB`);
    return run;
  };
  site.remove('.cache');
  site.remove('dist');
  const cold = await build('cold');
  const warm = await build('warm');
  // The everyday rebuild: one transcript corrected. Its page re-renders and the search index is rebuilt.
  const edited = episodeSlugs[Math.floor(episodeSlugs.length / 2)]!;
  site.write(
    `content/episodes/${edited}.md`,
    `${readFileSync(join(site.dir, `content/episodes/${edited}.md`), 'utf8')}\nNachtrag: eine Korrektur im Transkript.\n`,
  );
  const oneEpisodeChanged = await build('one episode changed');

  const dist = join(site.dir, 'dist');
  const pages = listPages(dist);
  const episodePages = pages
    .filter((page) => page.type === 'episode')
    .map((page) => readFileSync(join(dist, page.file)))
    .sort((a, b) => a.length - b.length);
  const median = episodePages[Math.floor(episodePages.length / 2)];
  const distFiles = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const feedFile = join(dist, 'feed.xml');

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryMB: mb(totalmem()), node: process.version },
    episodes: episodeCount,
    transcriptWords: words,
    buildSeconds: { cold: round(cold.seconds), warm: round(warm.seconds), oneEpisodeChanged: round(oneEpisodeChanged.seconds) },
    buildCpuSeconds: {
      cold: cold.cpuSeconds ?? 'not measured',
      warm: warm.cpuSeconds ?? 'not measured',
      oneEpisodeChanged: oneEpisodeChanged.cpuSeconds ?? 'not measured',
    },
    // Other work on the machine stretches wall time; the load average tells how busy it was.
    loadAverageAtEnd: loadavg().map((load) => round(load, 2)),
    peakMemoryMB: { cold: mb(cold.peakBytes), warm: mb(warm.peakBytes), oneEpisodeChanged: mb(oneEpisodeChanged.peakBytes) },
    pages: pages.length,
    episodePages: episodePages.length,
    secondsPerEpisode: { cold: round(cold.seconds / episodeCount, 4), warm: round(warm.seconds / episodeCount, 4) },
    medianEpisodePage: median ? { bytes: median.length, gzip: gzipBytes(median), brotli: brotliBytes(median) } : 'no episode pages',
    distMB: mb(distFiles.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0)),
    distFiles: distFiles.length,
    feed: existsSync(feedFile)
      ? {
          bytes: statSync(feedFile).size,
          gzip: gzipBytes(readFileSync(feedFile)),
          renderMs: {
            cold: routeMilliseconds(cold.output, '/feed.xml') ?? 'not in the build log',
            warm: routeMilliseconds(warm.output, '/feed.xml') ?? 'not in the build log',
          },
        }
      : 'not measured: the build has no /feed.xml',
    search: await measureSearchTransfer(dist, episodeTexts),
  };

  const json = JSON.stringify(results, null, 2);
  console.log(json);
  const outDir = join(projectRoot, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const outFile = join(outDir, `bench-${episodeCount}-${results.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(outFile, `${json}\n`);
  log(`written to ${outFile}`);
} finally {
  if (values.keep) log(`kept the site in ${site.dir}`);
  else site.dispose();
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
