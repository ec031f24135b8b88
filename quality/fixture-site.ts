import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');
/**
 * Inside the project, not the system's temporary folder: Astro takes a component
 * of node_modules (its client router) for a path below the site's root when the
 * two share no folder but `/`, and the fixture's build then fails.
 */
const FIXTURES_FOLDER = join(projectRoot, '.cache', 'fixtures');

export interface FixtureSite {
  dir: string;
  /** Writes a file relative to the fixture root (episodes, settings, public files). */
  write(path: string, content: string | Buffer): void;
  copy(from: string, to: string): void;
  remove(path: string): void;
  /** Runs `npm run build` there (with `args`, such as `--force`): Astro into a staging folder, the search index, then the swap into dist/. */
  build(args?: string[]): Promise<BuildResult>;
  /** Builds with these files written, then puts back what was there before. */
  buildWith(files: Record<string, string>): Promise<BuildResult>;
  dispose(): void;
}

export interface BuildResult {
  code: number;
  output: string;
}

/**
 * A throwaway copy of the project (sharing node_modules) whose content a test
 * or the benchmark controls, for proving what a build does with good and bad
 * input and measuring how it grows.
 */
export function createFixtureSite({ keepDemoContent = false } = {}): FixtureSite {
  mkdirSync(FIXTURES_FOLDER, { recursive: true });
  const dir = mkdtempSync(join(FIXTURES_FOLDER, 'podcast-fixture-'));
  for (const entry of ['src', 'build', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  if (!keepDemoContent) {
    rmSync(join(dir, 'content/episodes'), { recursive: true, force: true });
    mkdirSync(join(dir, 'content/episodes'), { recursive: true });
    // Demo testimonials name demo episodes, which are gone now; one about no episode stays.
    rmSync(join(dir, 'content/testimonials'), { recursive: true, force: true });
    mkdirSync(join(dir, 'content/testimonials'), { recursive: true });
    writeFileSync(join(dir, 'content/testimonials/test.md'), '---\nname: Testa\nquote: Ein Zitat für Tests.\n---\n');
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const site: FixtureSite = {
    dir,
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    copy(from, to) {
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      cpSync(resolve(projectRoot, from), join(dir, to), { recursive: true });
    },
    remove(path) {
      rmSync(join(dir, path), { recursive: true, force: true });
    },
    build: (args = []) => runBuild(dir, args),
    async buildWith(files) {
      const before = Object.keys(files).map(
        (path) => [path, existsSync(join(dir, path)) ? readFileSync(join(dir, path)) : undefined] as const,
      );
      try {
        for (const [path, content] of Object.entries(files)) site.write(path, content);
        return await runBuild(dir);
      } finally {
        for (const [path, content] of before) {
          if (content === undefined) site.remove(path);
          else site.write(path, content);
        }
      }
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return site;
}

function runBuild(dir: string, args: string[] = []): Promise<BuildResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(dir, 'build/build.ts'), ...args], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}
