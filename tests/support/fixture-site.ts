import { afterAll, beforeAll } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../../quality/fixture-site';

/** A fixture site whose removal `useFixtureSite` owns. */
export type TestSite = Omit<FixtureSite, 'dispose'>;

/**
 * A fixture site (quality/fixture-site.ts) for the tests of one file or describe
 * block: created before them, removed after them.
 * Call it where the tests are declared; use the site in hooks and tests.
 */
export function useFixtureSite(options?: Parameters<typeof createFixtureSite>[0]): TestSite {
  let site: FixtureSite | undefined;
  beforeAll(() => {
    site = createFixtureSite(options);
  });
  afterAll(() => site?.dispose());
  const created = () => {
    if (!site) throw new Error('useFixtureSite(): the site is created in beforeAll; use it in hooks and tests only');
    return site;
  };
  return {
    get dir() {
      return created().dir;
    },
    write: (path, content) => created().write(path, content),
    copy: (from, to) => created().copy(from, to),
    remove: (path) => created().remove(path),
    build: (args) => created().build(args),
    buildWith: (files) => created().buildWith(files),
  };
}
