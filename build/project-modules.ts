import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Lets the build and the podcaster's tools run the site's own modules under
 * plain Node (`node build/build.ts`): the site imports siblings without the
 * `.ts` extension, as Astro and Vite expect.
 * @see https://nodejs.org/api/module.html#customization-hooks
 */
export function registerProjectModules(): void {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier) && context.parentURL?.startsWith('file:')) {
        const candidate = new URL(`${specifier}.ts`, context.parentURL);
        if (existsSync(fileURLToPath(candidate))) return { url: pathToFileURL(fileURLToPath(candidate)).href, shortCircuit: true };
      }
      return nextResolve(specifier, context);
    },
  });
}
