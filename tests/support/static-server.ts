export { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
