import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFixtureSite } from '../support/fixture-site';

/** Mistakes in packages and newsletter settings stop the build and say where and what. */
describe('broken packages and newsletter settings fail the build with a clear message', () => {
  const site = useFixtureSite();
  let settings: string;

  beforeAll(() => {
    settings = readFileSync(join(site.dir, 'content/settings.yaml'), 'utf8');
  });

  it('a price with three decimals names the package file and the field', async () => {
    const { code, output } = await site.buildWith({
      'content/packages/falscher-preis.md': '---\ntitle: Falsch\nhours: 2\nprice: 199.999\nsummary: Test.\nincluded:\n  - Etwas\n---\n',
    });
    expect(code).not.toBe(0);
    expect(output).toContain('falscher-preis');
    expect(output).toMatch(/price/);
    expect(output).toContain('at most two decimals');
  });

  it('a newsletter address that is not https names the settings file and the field', async () => {
    const { code, output } = await site.buildWith({
      'content/settings.yaml': settings.replace(/action: https:\/\/\S+sibforms\S+/, 'action: javascript:alert(1)'),
    });
    expect(code).not.toBe(0);
    expect(output).toContain('content/settings.yaml: newsletter.action: expected the form action address starting with https://');
  });
});
