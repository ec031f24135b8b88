import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface TimedRun {
  code: number;
  output: string;
  seconds: number;
  /** Highest sum of resident memory of the process and all its children, sampled every `sampleMs`. */
  peakBytes: number;
  /** User plus system CPU seconds of the whole tree (from /usr/bin/time); unlike wall time, barely affected by other load on the machine. */
  cpuSeconds: number | undefined;
}

const TIME_BINARY = '/usr/bin/time';
const TIME_MARKER = 'TIMED_RUN_CPU';

/** The resident bytes of a process and its descendants right now, from /proc (Linux). */
export function processTreeBytes(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the name in field 2 may contain spaces, hence the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      continue;
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command to completion, measuring wall time and the peak memory of its whole process tree. */
export function timedRun(
  command: string,
  args: string[],
  { cwd, env = process.env, sampleMs = 100 }: { cwd: string; env?: NodeJS.ProcessEnv; sampleMs?: number },
): Promise<TimedRun> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const withTime = existsSync(TIME_BINARY);
    const child = withTime
      ? spawn(TIME_BINARY, ['-f', `${TIME_MARKER} %U %S`, command, ...args], { cwd, env })
      : spawn(command, args, { cwd, env });
    let output = '';
    let peakBytes = 0;
    const sample = () => {
      if (child.pid !== undefined) peakBytes = Math.max(peakBytes, processTreeBytes(child.pid));
    };
    const timer = setInterval(sample, sampleMs);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const cpu = new RegExp(`${TIME_MARKER} ([\\d.]+) ([\\d.]+)\\n?$`).exec(output);
      done({
        code: code ?? 1,
        output: cpu ? output.slice(0, cpu.index) : output,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        peakBytes,
        cpuSeconds: cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 100) / 100 : undefined,
      });
    });
  });
}

/** How long Astro says one route took to render, from its build log line `├─ /feed.xml (+123ms)`. */
export function routeMilliseconds(buildOutput: string, route: string): number | undefined {
  const escaped = route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`[─-]\\s${escaped}\\s+\\(\\+(\\d+(?:\\.\\d+)?)(ms|s)\\)`).exec(buildOutput);
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}
