import type { APIRoute, GetStaticPaths } from 'astro';
import { appIconSvg, iconApps } from '../../lib/app-icons';
import { subscribeApps } from '../../lib/subscribe';

/** The subscribe chooser's app icons as files of the site (src/lib/app-icons.ts). */
export const getStaticPaths: GetStaticPaths = () => iconApps(subscribeApps).map((app) => ({ params: { app } }));

export const GET: APIRoute = ({ params }) =>
  new Response(appIconSvg(params.app!), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
