// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { loadSettings } from './src/lib/settings.ts';
import { headingAnchors } from './src/lib/markdown/heading-anchors.ts';
import { timeMarks } from './src/lib/markdown/time-marks.ts';
import { nestHeadings } from './src/lib/markdown/nest-headings.ts';
import { contentSources } from './src/lib/content-sources.ts';
import { createTranslator, interfaceLanguageOf } from './src/i18n/translate.ts';
import { conversionWarnings } from './src/integrations/conversion-warnings.ts';
import { isListedInSitemap } from './src/lib/sharing/site-index.ts';

const settings = loadSettings();
const t = createTranslator(interfaceLanguageOf(settings).language);

export default defineConfig({
  site: settings.site,
  trailingSlash: 'always',
  // Out of node_modules, which parallel work trees share; builds must not share a content cache.
  cacheDir: './.cache/astro',
  build: { format: 'directory' },
  // Unchanged pages are copied from the last build; keys come from src/lib/static-paths.ts.
  // Chunked: the content store is written entry by entry; as one file, 5,000 episodes made a string larger than the build's heap.
  experimental: { incrementalBuild: true, collectionStorage: 'chunked' },
  markdown: {
    processor: satteri({
      mdastPlugins: [nestHeadings({ root: process.cwd(), folder: contentSources.episodes.base })],
      hastPlugins: [headingAnchors({ anchorLabel: t('episode.anchor') }), timeMarks({ playLabel: t('transcript.playFrom') })],
    }),
  },
  integrations: [mdx(), conversionWarnings(settings), sitemap({ filter: isListedInSitemap })],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Every script is a file of its own, never inline, so a Content-Security-Policy can forbid inline scripts.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro's MDX compiler marks each .mdx module with its own directive, which Astro handles itself: one harmless warning per .mdx episode hid the build's real messages.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
});
