import { describe, expect, it } from 'vitest';
import { routeMilliseconds, timedRun } from '../../quality/timed-run';

describe('timing a build', () => {
  it('measures the time and the peak memory of a process that allocates 150 MB', async () => {
    const run = await timedRun(
      process.execPath,
      ['-e', 'const b = Buffer.alloc(150 * 1024 * 1024, 1); setTimeout(() => console.log(b.length), 600);'],
      { cwd: '.', sampleMs: 50 },
    );
    expect(run.code).toBe(0);
    expect(run.output.trim()).toBe(String(150 * 1024 * 1024));
    expect(run.seconds).toBeGreaterThan(0.5);
    expect(run.peakBytes).toBeGreaterThan(150 * 1024 * 1024);
    expect(run.cpuSeconds).toBeGreaterThan(0);
    expect(run.cpuSeconds).toBeLessThan(run.seconds * 2 + 1);
  });

  it('counts the memory of child processes too', async () => {
    const script =
      "require('child_process').spawnSync(process.execPath, ['-e', 'const b = Buffer.alloc(120 * 1024 * 1024, 1); setTimeout(() => {}, 600)'])";
    const run = await timedRun(process.execPath, ['-e', script], { cwd: '.', sampleMs: 50 });
    expect(run.peakBytes).toBeGreaterThan(120 * 1024 * 1024);
  });

  it('reports a command that fails', async () => {
    const run = await timedRun(process.execPath, ['-e', 'console.error("kaputt"); process.exit(3)'], { cwd: '.' });
    expect(run.code).toBe(3);
    expect(run.output).toContain('kaputt');
  });

  it.each([
    ['12:00:01   ├─ /feed.xml (+123ms) \n', '/feed.xml', 123],
    ['12:00:01   └─ /feed.xml (+1.5s) \n', '/feed.xml', 1500],
    ['12:00:01   ├─ /feedXxml (+9ms) \n', '/feed.xml', undefined],
    ['12:00:01   ├─ /index.html (+4ms) \n', '/feed.xml', undefined],
  ])('reads how long a route took from %j', (output, route, milliseconds) => {
    expect(routeMilliseconds(output, route)).toBe(milliseconds);
  });
});
