/**
 * A Netlify Build plugin of this project: restores `.cache/` (Astro's
 * incremental build, share images, the search index) before the build and saves
 * it after, so Netlify rebuilds as fast as a machine that keeps the folder.
 * @see https://docs.netlify.com/extend/develop-and-share/develop-build-plugins/#cache
 */
const FOLDER = '.cache';

export const onPreBuild = async ({ utils }) => {
  if (await utils.cache.restore(FOLDER)) console.log(`Restored ${FOLDER}/ from the last build.`);
};

export const onSuccess = async ({ utils }) => {
  if (await utils.cache.save(FOLDER)) console.log(`Saved ${FOLDER}/ for the next build.`);
};
