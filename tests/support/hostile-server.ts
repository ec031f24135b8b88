import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A web server on 127.0.0.1 that misbehaves on purpose, for proving the
 * importer survives what real hosts do: never answering, sending forever,
 * redirecting in circles. Each path is one behaviour; `routes` adds more.
 */

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface HostileServer {
  url: string;
  /** The routes given, which a test may add to while the server runs. */
  routes: Record<string, Route>;
  /** Every request path, in order. */
  requests: string[];
  close(): Promise<void>;
}

const BEHAVIOURS: Record<string, Route> = {
  /** Accepts the connection and says nothing, ever. */
  '/silent': () => undefined,
  /** Sends a body that never ends. */
  '/endless': (_, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, '<item>');
    const send = () => {
      while (response.write(chunk));
      response.once('drain', send);
    };
    send();
  },
  /** Announces a size above any sensible cap. */
  '/huge': (_, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(10 ** 12) });
    response.write('<rss>');
  },
  '/loop-a': (_, response) => response.writeHead(302, { location: '/loop-b' }).end(),
  '/loop-b': (_, response) => response.writeHead(301, { location: '/loop-a' }).end(),
  '/missing': (_, response) => response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Nicht gefunden</h1>'),
};

/** `/hop/3` redirects to `/hop/2` … to `/hop/0`, which is a 404: a chain longer than a low limit. */
const hop: Route = (request, response) => {
  const left = Number(request.url!.split('/')[2]);
  if (left > 0) response.writeHead(302, { location: `/hop/${left - 1}` }).end();
  else BEHAVIOURS['/missing']!(request, response);
};

export async function hostileServer(routes: Record<string, Route> = {}): Promise<HostileServer> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    const route = routes[path] ?? BEHAVIOURS[path] ?? (path.startsWith('/hop/') ? hop : BEHAVIOURS['/missing']!);
    route(request, response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    routes,
    requests,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** An address on 127.0.0.1 where nothing listens: the port was free a moment ago. */
export async function refusedAddress(): Promise<string> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return `http://127.0.0.1:${port}`;
}
