import type { APIRoute } from 'astro';
import { getSettings } from '../lib/settings';
import { robotsTxt } from '../lib/sharing/site-index';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(getSettings().site, '/sitemap-index.xml')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
