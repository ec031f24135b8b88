import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeFailure,
  download,
  DownloadError,
  mapConcurrently,
  networkFetch,
  type NetworkFetch,
  type NetworkLimits,
} from '../../../tools/import/network';
import { remoteAudioProbe } from '../../../tools/import/remote-audio';
import { hostileServer, refusedAddress, type HostileServer } from '../../support/hostile-server';

/** Small limits, so each misbehaving server is given up on quickly. */
const LIMITS: NetworkLimits = { connectTimeoutMs: 1000, timeoutMs: 500, maxBytes: 100_000, maxRedirects: 2 };

let server: HostileServer;
let network: NetworkFetch;
beforeAll(async () => {
  server = await hostileServer({
    '/feed.xml': (_, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>'),
    '/moved': (_, response) => response.writeHead(301, { location: '/feed.xml' }).end(),
  });
  network = networkFetch(LIMITS);
});
afterAll(async () => {
  await network.close();
  await server.close();
});

const failureOf = async (url: string) => {
  const started = performance.now();
  const error = await download(url, { fetch: network.fetch, limits: LIMITS }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return { error: error as DownloadError, seconds: (performance.now() - started) / 1000 };
};

describe('the real network code against misbehaving servers on 127.0.0.1', () => {
  it.each([
    ['a server that never answers', '/silent', /\/silent: no complete answer within 0\.5 s \(--timeout\)$/],
    ['an endless body', '/endless', /\/endless: larger than 0\.1 MB \(--max-size\)$/],
    ['an announced size above the cap', '/huge', /\/huge: larger than 0\.1 MB \(--max-size\)$/],
    [
      'a redirect loop',
      '/loop-a',
      /\/loop-a: redirect loop: http:\/\/127\.0\.0\.1:\d+\/loop-b sends back to http:\/\/127\.0\.0\.1:\d+\/loop-a$/,
    ],
    ['too many redirects', '/hop/5', /\/hop\/5: more than 2 redirects \(--max-redirects\), the last to http:\/\/127\.0\.0\.1:\d+\/hop\/2$/],
    ['a missing page', '/missing', /\/missing: the server answered 404 Not Found$/],
  ])('%s ends in one line naming the address and the cause, within the limits', async (_, path, message) => {
    const { error, seconds } = await failureOf(`${server.url}${path}`);
    expect(error).toBeInstanceOf(DownloadError);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`${server.url}${path}`);
    expect(error.message).not.toContain('\n');
    expect(seconds).toBeLessThan(LIMITS.timeoutMs / 1000 + 1);
  });

  it('a refused connection is named as such', async () => {
    const url = await refusedAddress();
    const { error } = await failureOf(`${url}/feed.xml`);
    expect(error.message).toBe(`${url}/feed.xml: connection refused`);
  });

  it('follows a permitted redirect and reads the body', async () => {
    const result = await download(`${server.url}/moved`, { fetch: network.fetch, limits: LIMITS });
    expect(new TextDecoder().decode(result.bytes)).toBe('<rss/>');
    expect(result.url).toBe(`${server.url}/feed.xml`);
  });

  it.each([['file:///etc/passwd'], ['ftp://alt.example/feed'], ['kein Link']])('%s is not fetched at all', async (url) => {
    await expect(download(url, { fetch: network.fetch, limits: LIMITS })).rejects.toThrow(/is not (?:an http\(s\)|a web) address/);
  });
});

describe('causes in words', () => {
  const failure = (code: string, message = 'fetch failed') =>
    Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(message), { code }) });

  it.each([
    [failure('ENOTFOUND', 'getaddrinfo ENOTFOUND alt.example'), 'no such host (DNS lookup failed)'],
    [failure('EAI_AGAIN'), 'the host name could not be looked up (DNS not reachable)'],
    [failure('ECONNREFUSED'), 'connection refused'],
    [failure('UND_ERR_CONNECT_TIMEOUT'), 'no connection within 1 s (--connect-timeout)'],
    [failure('UND_ERR_HEADERS_TIMEOUT'), 'no complete answer within 0.5 s (--timeout)'],
    [failure('CERT_HAS_EXPIRED'), "the server's TLS certificate was refused (CERT_HAS_EXPIRED)"],
    [failure('EWHATEVER', 'something\nodd'), 'something odd (EWHATEVER)'],
    [new Error('plain'), 'plain'],
  ])('%o → %s', (error, words) => {
    expect(describeFailure(error, LIMITS)).toBe(words);
  });
});

describe('asking audio hosts', () => {
  it('runs a bounded number of requests at once and keeps the order', async () => {
    let running = 0;
    let most = 0;
    const results = await mapConcurrently([5, 1, 4, 2, 3, 1, 2], 3, async (wait) => {
      most = Math.max(most, ++running);
      await new Promise((done) => setTimeout(done, wait * 5));
      running -= 1;
      return wait * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 10, 20]);
    expect(most).toBe(3);
  });

  it('a probe to a silent host gives up after the timeout', async () => {
    const started = performance.now();
    await expect(remoteAudioProbe(network.fetch, LIMITS)(`${server.url}/silent`, ['bytes'])).rejects.toThrow(
      /no complete answer within 0\.5 s/,
    );
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
