import type { APIRoute, GetStaticPaths } from 'astro';
import type { Episode } from '../../../lib/episodes';
import { episodePaths } from '../../../lib/static-paths';
import { transcriptTextFile } from '../../../lib/plain-transcript';
import { getSettings } from '../../../lib/settings';
import { absoluteUrl, episodePath } from '../../../lib/urls';

export const getStaticPaths = episodePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ episode: Episode }> = ({ props }) => {
  const { site, title: podcast } = getSettings();
  const { slug, data, entry } = props.episode;
  const text = transcriptTextFile({ title: data.title, podcast, url: absoluteUrl(site, episodePath(slug)), body: entry.body ?? '' });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
