import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.srt': 'application/x-subrip; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

/** Text a static host compresses on the fly; Pagefind's own index files come gzipped already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.vtt', '.srt', '.svg']);

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface SentResponse {
  /** The request path, without query. */
  path: string;
  status: number;
  /** Body bytes sent, after compression when it applied. */
  bytes: number;
  /** Body bytes before compression. */
  rawBytes: number;
}

export interface ServeOptions {
  port?: number;
  /** Gzip text for clients that accept it, as hosts like Netlify or GitHub Pages do. */
  gzip?: boolean;
  /** Told about every response, e.g. to count the bytes a page downloads. */
  onSent?: (response: SentResponse) => void;
}

/**
 * Serves a built site the way a static host does: `/x/` → `x/index.html`,
 * unknown paths → `404.html` with status 404, byte ranges for audio seeking,
 * on request gzip for text, and an ETag that the browser revalidates before
 * reusing a file (`max-age=0, must-revalidate`, as Netlify or Cloudflare Pages send).
 */
export async function serveStatic(root: string, { port = 0, gzip = false, onSent }: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, pathname));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(base, '404.html');
    }
    const { size, mtimeMs } = statSync(file);
    const etag = `"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`;
    const headers: Record<string, string | number> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'accept-ranges': 'bytes',
      etag,
      'cache-control': 'public, max-age=0, must-revalidate',
    };
    if (status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      onSent?.({ path: pathname, status: 304, bytes: 0, rawBytes: 0 });
      return;
    }
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
    if (range && status === 200) {
      const start = range[1] ? Number(range[1]) : size - Number(range[2]);
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      response.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
      onSent?.({ path: pathname, status: 206, bytes: end - start + 1, rawBytes: end - start + 1 });
      createReadStream(file, { start, end }).pipe(response);
      return;
    }
    if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      const body = gzipSync(readFileSync(file));
      response.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
      const head = request.method === 'HEAD';
      onSent?.({ path: pathname, status, bytes: head ? 0 : body.length, rawBytes: head ? 0 : size });
      response.end(head ? undefined : body);
      return;
    }
    onSent?.({ path: pathname, status, bytes: request.method === 'HEAD' ? 0 : size, rawBytes: request.method === 'HEAD' ? 0 : size });
    response.writeHead(status, { ...headers, 'content-length': size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
