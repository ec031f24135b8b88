import GithubSlugger from 'github-slugger';
import type { HastPluginEntry, HastNode } from 'satteri';
import { splitHeadingTime } from '../base/timecode';

type Element = Extract<HastNode, { type: 'element' }>;

/**
 * Sätteri plugin for episode text: every h2–h4 gets a stable id from its words
 * (a chapter's `[00:02:15]` is moved into `data-start`, so changing a time never
 * changes the id) and a self-link to share the section.
 * Sätteri runs no rehype plugins, hence a plugin of its own.
 * @see https://docs.astro.build/en/reference/markdown-processors/satteri/
 */
export function headingAnchors({ anchorLabel }: { anchorLabel: string }): HastPluginEntry {
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: 'heading-anchors',
      element: {
        filter: ['h2', 'h3', 'h4'],
        visit(node, ctx) {
          const heading = node as Element;
          const { text, start } = splitHeadingTime(ctx.textContent(heading));
          if (start !== undefined) {
            const last = heading.children.at(-1);
            if (last?.type === 'text') {
              const kept = splitHeadingTime(last.value).text;
              ctx.replaceNode(last, kept ? { type: 'text', value: kept } : []);
            }
            ctx.setProperty(heading, 'dataStart', String(start));
          }
          const existing = heading.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          ctx.setProperty(heading, 'id', id);
          ctx.appendChild(heading, {
            type: 'element',
            tagName: 'a',
            properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `${anchorLabel}: ${text}` },
            children: [],
          });
        },
      },
    };
  };
}
