import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publicFile } from '../../src/lib/base/public-path.ts';
import { IMAGES_PATH, imageBaseName, imageKindOf, type ImageStore, type LocalImage } from './images.ts';
import { download, DownloadError, type Fetch, type NetworkLimits } from './network.ts';

export type ImageMode = 'download' | 'offline' | 'dry-run';

export interface ImageDownloads {
  store: ImageStore;
  /** Files this run downloaded, as `public/images/x.jpg`, with the address they came from. */
  downloaded: { url: string; file: string }[];
  /** The bytes of an image under public/ as it will be after `commit()`, like `/images/x.jpg`. */
  bytesOf(path: string): Uint8Array | undefined;
  /** Moves the downloads into public/images/; until then nothing under the project changed. */
  commit(): void;
  /** Removes whatever was downloaded and not committed. */
  dispose(): void;
}

const IMAGE_KINDS = ['jpg', 'png'] as const;

/**
 * Downloads artwork into a temporary folder first, so an import that fails
 * later leaves public/ as it was. An image already downloaded by an earlier
 * run is found by its name alone and not asked for again.
 */
export function imageDownloads({
  root,
  mode,
  fetch,
  limits,
}: {
  root: string;
  mode: ImageMode;
  fetch: Fetch;
  limits: NetworkLimits;
}): ImageDownloads {
  const folder = join(root, 'public', IMAGES_PATH);
  let staging: string | undefined;
  const seen = new Map<string, Promise<LocalImage>>();
  const downloaded: ImageDownloads['downloaded'] = [];

  async function localImage(url: string): Promise<LocalImage> {
    let base: string;
    try {
      base = imageBaseName(url);
    } catch {
      return { problem: 'not a web address' };
    }
    const present = IMAGE_KINDS.find((kind) => existsSync(join(folder, `${base}.${kind}`)));
    if (present) return { path: `${IMAGES_PATH}/${base}.${present}` };
    if (mode === 'offline') return { problem: 'not downloaded with --offline' };
    if (mode === 'dry-run') return { problem: 'not downloaded in a dry run' };
    try {
      const { bytes } = await download(url, { fetch, limits, accept: 'image/jpeg, image/png' });
      const kind = imageKindOf(bytes);
      if (!kind) return { problem: 'not a JPEG or PNG' };
      staging ??= mkdtempSync(join(tmpdir(), 'podcast-import-images-'));
      const name = `${base}.${kind}`;
      writeFileSync(join(staging, name), bytes);
      downloaded.push({ url, file: `public${IMAGES_PATH}/${name}` });
      return { path: `${IMAGES_PATH}/${name}` };
    } catch (error) {
      if (error instanceof DownloadError) return { problem: error.reason };
      throw error;
    }
  }

  return {
    store: (url) => {
      if (!seen.has(url)) seen.set(url, localImage(url));
      return seen.get(url)!;
    },
    downloaded,
    bytesOf(path) {
      const staged = downloaded.find(({ file }) => file === `public${path}`);
      try {
        return readFileSync(staged && staging ? join(staging, path.slice(path.lastIndexOf('/') + 1)) : publicFile(path, root));
      } catch {
        return undefined;
      }
    },
    commit() {
      if (!staging) return;
      mkdirSync(folder, { recursive: true });
      for (const { file } of downloaded) {
        const name = file.slice(file.lastIndexOf('/') + 1);
        // Copied beside its target, then renamed: the image appears whole or not at all.
        const partial = join(folder, `.${name}.${process.pid}.tmp`);
        copyFileSync(join(staging, name), partial);
        renameSync(partial, join(folder, name));
      }
    },
    dispose() {
      if (staging) rmSync(staging, { recursive: true, force: true });
    },
  };
}
