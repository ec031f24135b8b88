import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { HEADERS_FILE, headersForPath, parseHeaderRules, type HeaderRule } from '../build/headers/headers-file.ts';

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
 * The file a request's path names below `base`, or why there is none: `bad`
 * for a path that does not decode (malformed percent-encoding, a NUL byte,
 * a backslash, which Windows would read as a separator), `outside` for one
 * that leads out of `base` (`/..%2fsibling/`: the URL parser resolves only
 * literal dot segments, decoding reveals the rest). Decoded exactly once, as
 * static hosts do, so `%252e` stays the name `%2e`.
 */
export function fileForPath(base: string, pathname: string): { file: string } | 'bad' | 'outside' {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 'bad';
  }
  if (/[\0\\]/.test(decoded)) return 'bad';
  const file = resolve(base, `.${decoded}`);
  return file === base || file.startsWith(`${base}${sep}`) ? { file } : 'outside';
}

/** The path of a request target; undefined for one that is no URL at all (`http://[`). */
function requestPath(target = '/'): string | undefined {
  try {
    return new URL(target, 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}

/**
 * The bytes a `Range` header asks for: a `{ start, end }` (inclusive) inside
 * the file, `unsatisfiable` when it starts at or past the end (answered with
 * 416), or undefined to send the whole file: no header, several ranges, or
 * one that is invalid (`bytes=9-3`, `bytes=-`), which RFC 9110 lets a server
 * ignore.
 * @see https://www.rfc-editor.org/rfc/rfc9110#name-range
 */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match) return undefined;
  const [, first = '', last = ''] = match;
  if (first === '') {
    if (last === '') return undefined;
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    return size === 0 ? undefined : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}

/**
 * The rules of the site's `_headers` file, read again whenever a new build
 * replaced it; none when the site has no such file.
 */
function headerRulesOf(base: string): () => HeaderRule[] {
  let seen: { key: string; rules: HeaderRule[] } | undefined;
  return () => {
    const file = join(base, HEADERS_FILE);
    if (!existsSync(file)) return [];
    const { mtimeMs, size, ino } = statSync(file);
    const key = `${ino}-${mtimeMs}-${size}`;
    if (seen?.key !== key) seen = { key, rules: parseHeaderRules(readFileSync(file, 'utf8'), file) };
    return seen.rules;
  };
}

/**
 * Serves a built site the way a static host does: `/x/` → `x/index.html`,
 * unknown paths → `404.html` with status 404, byte ranges for audio seeking,
 * on request gzip for text, and an ETag that the browser revalidates before
 * reusing a file (`max-age=0, must-revalidate`, as Netlify or Cloudflare Pages send).
 * Like Netlify and Cloudflare Pages it adds the headers of the site's `_headers`
 * file for the requested path and never serves that file itself.
 * Nothing outside `root` is ever served, and no request, however malformed,
 * stops the server: all browser tests of a run share one.
 */
export async function serveStatic(root: string, { port = 0, gzip = false, onSent }: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const notFound = join(base, '404.html');
  const headerRules = headerRulesOf(base);

  const answer = (request: IncomingMessage, response: ServerResponse) => {
    const pathname = requestPath(request.url);
    const target = pathname === undefined ? 'bad' : fileForPath(base, pathname);
    const path = pathname ?? request.url ?? '';
    const head = request.method === 'HEAD';
    const bare = (status: number, headers: Record<string, string> = {}) => {
      response.writeHead(status, headers).end();
      onSent?.({ path, status, bytes: 0, rawBytes: 0 });
    };
    if (target === 'bad') return bare(400);

    let file = target === 'outside' || target.file === join(base, HEADERS_FILE) ? undefined : target.file;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = notFound;
      if (!existsSync(file)) return bare(404);
    }
    const { size, mtimeMs } = statSync(file);
    const etag = `"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`;
    const headers: Record<string, string | number> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'accept-ranges': 'bytes',
      etag,
      'cache-control': 'public, max-age=0, must-revalidate',
      ...Object.fromEntries(Object.entries(headersForPath(headerRules(), path)).map(([name, value]) => [name.toLowerCase(), value])),
    };
    const send = (stream: NodeJS.ReadableStream) => stream.on('error', () => response.destroy()).pipe(response);
    if (status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      onSent?.({ path, status: 304, bytes: 0, rawBytes: 0 });
      return;
    }
    const range = status === 200 ? byteRange(request.headers.range, size) : undefined;
    if (range === 'unsatisfiable') return bare(416, { 'content-range': `bytes */${size}` });
    if (range) {
      const length = range.end - range.start + 1;
      response.writeHead(206, { ...headers, 'content-range': `bytes ${range.start}-${range.end}/${size}`, 'content-length': length });
      onSent?.({ path, status: 206, bytes: head ? 0 : length, rawBytes: head ? 0 : length });
      if (head) response.end();
      else send(createReadStream(file, range));
      return;
    }
    if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      const body = gzipSync(readFileSync(file));
      response.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
      onSent?.({ path, status, bytes: head ? 0 : body.length, rawBytes: head ? 0 : size });
      response.end(head ? undefined : body);
      return;
    }
    onSent?.({ path, status, bytes: head ? 0 : size, rawBytes: head ? 0 : size });
    response.writeHead(status, { ...headers, 'content-length': size });
    if (head) response.end();
    else send(createReadStream(file));
  };

  const server: Server = createServer(answer);
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
