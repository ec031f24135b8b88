import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { createFixtureSite, type FixtureSite } from '../../quality/fixture-site';
import { serveStatic, type StaticServer } from '../../quality/static-server.ts';

export interface BuiltFixture {
  site: FixtureSite;
  server: StaticServer;
  output: string;
  dispose(): Promise<void>;
}

/**
 * Builds and serves a copy of the demo site whose settings differ: `change`
 * edits the parsed content/settings.yaml (for a newsletter provider, small business…).
 */
export async function buildWithSettings(change: (settings: Record<string, unknown>) => void): Promise<BuiltFixture> {
  const site = createFixtureSite();
  const settings = parse(readFileSync(join(site.dir, 'content/settings.yaml'), 'utf8')) as Record<string, unknown>;
  change(settings);
  site.write('content/settings.yaml', stringify(settings));
  const { code, output } = await site.build();
  if (code !== 0) {
    site.dispose();
    throw new Error(`fixture build failed:\n${output}`);
  }
  const server = await serveStatic(join(site.dir, 'dist'));
  return {
    site,
    server,
    output,
    async dispose() {
      await server.close();
      site.dispose();
    },
  };
}
