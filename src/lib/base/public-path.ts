import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Paths that content and settings give for files under `public/`, like
 * `/audio/042-vertrauen.mp3`. They are addresses on the site and names of
 * files on the build machine at once, so a path that climbs out of `public/`
 * would make the build read, publish or delete files elsewhere on the machine.
 */

// eslint-disable-next-line no-control-regex -- control characters in a file name are what this looks for
const CONTROL_OR_BACKSLASH = /[\\\u0000-\u001f\u007f]/;

/** Why `path` is not a plain path under public/, in words for the podcaster; `undefined` when it is one. */
export function publicPathProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return 'expected a path under public/ starting with "/"';
  if (path.startsWith('//')) return 'expected a path under public/ starting with a single "/" ("//" would name another site)';
  if (/\s/.test(path)) return 'expected a path without spaces (write a space as %20)';
  if (/[?#]/.test(path)) return 'expected the path of a file, without "?" or "#"';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return 'expected a path whose %-escapes are complete (like %20)';
  }
  if (CONTROL_OR_BACKSLASH.test(path) || CONTROL_OR_BACKSLASH.test(decoded))
    return 'expected a path with "/" between folders, without backslashes or control characters';
  const segments = decoded.slice(1).split('/');
  if (segments.some((segment) => segment === '.' || segment === '..'))
    return 'expected a path that stays inside public/, without "." or ".." parts';
  if (segments.some((segment) => segment === '')) return 'expected a path to a file, without empty parts ("//") or a trailing "/"';
  return undefined;
}

export class OutsideFolderError extends Error {
  override name = 'OutsideFolderError';
}

/**
 * The file on disk that a site path names inside `folder` (public/ or dist/).
 * Checked after resolving, whatever the path looks like: a path that would
 * land outside the folder is an error, never a file name.
 */
export function fileInFolder(folder: string, sitePath: string): string {
  let decoded = sitePath;
  try {
    decoded = decodeURI(sitePath);
  } catch {
    // Kept as written: an incomplete %-escape is then simply a file name that does not exist.
  }
  const root = resolve(folder);
  const file = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  const inside = relative(root, file);
  if (!inside || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside) || CONTROL_OR_BACKSLASH.test(decoded)) {
    throw new OutsideFolderError(`${sitePath} does not name a file inside ${folder}`);
  }
  return file;
}

/** The file under the project's public/ folder that a site path like `/audio/x.mp3` names. */
export function publicFile(sitePath: string, root: string = process.cwd()): string {
  return fileInFolder(resolve(root, 'public'), sitePath);
}
