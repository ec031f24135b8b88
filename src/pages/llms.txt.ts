import type { APIRoute } from 'astro';
import { getPublishedEpisodes } from '../lib/episodes';
import { getSettings } from '../lib/settings';
import { llmsTxt } from '../lib/sharing/site-index';
import { TRANSCRIPT_FILES, transcriptFilePath } from '../lib/transcript/files';
import { absoluteUrl, episodePath, feedPath, recommendPath, subscribePath } from '../lib/urls';
import { t } from '../i18n';

export const GET: APIRoute = async () => {
  const { site, title, description } = getSettings();
  const episodes = (await getPublishedEpisodes()).map(({ slug, data }) => ({
    title: data.title,
    summary: data.summary,
    url: absoluteUrl(site, episodePath(slug)),
    transcriptUrl: data.notesOnly ? undefined : absoluteUrl(site, transcriptFilePath(slug, TRANSCRIPT_FILES.text)),
  }));
  const links = [
    { title: t('footer.feed'), url: absoluteUrl(site, feedPath) },
    { title: t('subscribe.pageTitle'), url: absoluteUrl(site, subscribePath) },
    { title: t('recommend.title'), url: absoluteUrl(site, recommendPath) },
  ];
  const text = llmsTxt({ title, description, links }, episodes, {
    episodes: t('llms.episodes'),
    more: t('llms.more'),
    transcript: t('llms.transcript'),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
