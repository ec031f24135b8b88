import { Agent, fetch as undiciFetch } from 'undici';

/**
 * Every request the importer makes goes through here, so no server can hang
 * it, fill the disk or bounce it around: each request has a connect and a
 * total timeout, a size cap and a redirect limit, and every failure becomes
 * one sentence naming the address and the cause. The fetch function is a
 * parameter, so tests can stand in for any host.
 */

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface NetworkLimits {
  /** Time to open the connection (only the network fetch can tell this apart). */
  connectTimeoutMs: number;
  /** Time for a whole request: connection, answer and body. */
  timeoutMs: number;
  /** Largest body read from one address. */
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: NetworkLimits = { connectTimeoutMs: 10_000, timeoutMs: 60_000, maxBytes: 50_000_000, maxRedirects: 5 };

export class DownloadError extends Error {
  override name = 'DownloadError';
  readonly url: string;
  /** The cause alone, for messages that name the address themselves. */
  readonly reason: string;

  constructor(url: string, reason: string) {
    super(`${url}: ${reason}`);
    this.url = url;
    this.reason = reason;
  }
}

export interface RequestOptions {
  fetch: Fetch;
  limits: NetworkLimits;
  method?: 'GET' | 'HEAD';
  accept?: string;
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(2))} s`;
export const megabytes = (bytes: number) => `${Number((bytes / 1_000_000).toFixed(3))} MB`;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Sends one request, follows redirects itself (to count them and to notice a
 * loop) and hands the final response to `consume`, all within the total
 * timeout. Whatever `consume` leaves unread is cancelled afterwards.
 */
export async function withResponse<T>(
  url: string,
  options: RequestOptions,
  consume: (response: Response, finalUrl: string) => Promise<T>,
): Promise<T> {
  const { limits } = options;
  const controller = new AbortController();
  const timeout = new DownloadError(url, `no complete answer within ${seconds(limits.timeoutMs)} (--timeout)`);
  const timer = setTimeout(() => controller.abort(timeout), limits.timeoutMs);
  const failed = (error: unknown) =>
    controller.signal.aborted ? timeout : error instanceof DownloadError ? error : new DownloadError(url, describeFailure(error, limits));
  try {
    let current = webAddress(url, url);
    const visited = new Set([current]);
    for (let redirects = 0; ; redirects += 1) {
      const response = await options
        .fetch(current, {
          method: options.method ?? 'GET',
          redirect: 'manual',
          signal: controller.signal,
          headers: options.accept ? { accept: options.accept } : {},
        })
        .catch((error: unknown) => {
          throw failed(error);
        });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location) throw new DownloadError(url, `the server answered ${response.status} without saying where to`);
        const next = webAddress(new URL(location, current).href, url);
        if (visited.has(next)) throw new DownloadError(url, `redirect loop: ${current} sends back to ${next}`);
        if (redirects >= limits.maxRedirects)
          throw new DownloadError(url, `more than ${limits.maxRedirects} redirects (--max-redirects), the last to ${next}`);
        visited.add(next);
        current = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new DownloadError(
          url,
          `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${current === url ? '' : ` for ${current}`}`,
        );
      }
      return await consume(response, current).catch((error: unknown) => {
        throw failed(error);
      });
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

function webAddress(candidate: string, requested: string): string {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    throw new DownloadError(requested, `${candidate} is not a web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DownloadError(requested, `${candidate} is not an http(s) address`);
  return url.href;
}

const tooLarge = (url: string, limits: NetworkLimits) => new DownloadError(url, `larger than ${megabytes(limits.maxBytes)} (--max-size)`);

/** The body as a stream that fails once more than the size cap has been read, whatever the server announced. */
export function limitedBody(response: Response, url: string, limits: NetworkLimits): ReadableStream<Uint8Array> {
  let received = 0;
  return (response.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() })).pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > limits.maxBytes) controller.error(tooLarge(url, limits));
        else controller.enqueue(chunk);
      },
    }),
  );
}

export interface Downloaded {
  bytes: Uint8Array;
  contentType: string | undefined;
  /** Where the body came from, after redirects. */
  url: string;
}

/** A whole body, within the limits. */
export function download(url: string, options: RequestOptions): Promise<Downloaded> {
  return withResponse(url, options, async (response, finalUrl) => {
    if (Number(response.headers.get('content-length')) > options.limits.maxBytes) throw tooLarge(url, options.limits);
    const chunks: Uint8Array[] = [];
    for await (const chunk of limitedBody(response, url, options.limits)) chunks.push(chunk);
    return { bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type') ?? undefined, url: finalUrl };
  });
}

const CAUSES: Record<string, string> = {
  ENOTFOUND: 'no such host (DNS lookup failed)',
  EAI_AGAIN: 'the host name could not be looked up (DNS not reachable)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'the server closed the connection',
  UND_ERR_SOCKET: 'the server closed the connection',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

/** One line for what went wrong, from undici's error codes where there are any. */
export function describeFailure(error: unknown, limits: NetworkLimits): string {
  const cause = ((error as { cause?: unknown })?.cause ?? error) as { code?: string; message?: string };
  const code = cause?.code ?? '';
  if (CAUSES[code]) return CAUSES[code];
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return `no connection within ${seconds(limits.connectTimeoutMs)} (--connect-timeout)`;
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
    return `no complete answer within ${seconds(limits.timeoutMs)} (--timeout)`;
  if (/CERT|SSL|TLS/.test(code)) return `the server's TLS certificate was refused (${code})`;
  const message = String(cause?.message ?? error)
    .replace(/\s+/g, ' ')
    .trim();
  return code ? `${message} (${code})` : message;
}

export interface NetworkFetch {
  fetch: Fetch;
  close(): Promise<void>;
}

/**
 * The real network, through undici, whose Agent is the only way to bound the
 * connect time separately; its own header and body timeouts back up the total.
 * @see https://undici.nodejs.org/#/docs/api/Agent
 */
export function networkFetch(limits: NetworkLimits): NetworkFetch {
  const dispatcher = new Agent({
    connect: { timeout: limits.connectTimeoutMs },
    headersTimeout: limits.timeoutMs,
    bodyTimeout: limits.timeoutMs,
  });
  return {
    fetch: (url, init) => undiciFetch(url, { ...(init as object), dispatcher }) as unknown as Promise<Response>,
    close: () => dispatcher.destroy(),
  };
}

/** Runs `task` for every item with at most `limit` running at once, keeping the order of results. */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
