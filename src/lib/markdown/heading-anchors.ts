import type { HastPluginEntry, HastNode } from 'satteri';
import { splitHeadingTime } from '../base/timecode';
import { readCompiledBody } from '../transcript/episode-body';

type Element = Extract<HastNode, { type: 'element' }>;

/**
 * Sätteri plugin for episode text: every h2–h4 gets the id and start time the
 * episode body's reading gave its heading (so the chapter list, chapters.json
 * and the feed link to exactly these ids), a chapter's `[00:02:15]` moves from
 * the text into `data-start` (changing a time never changes the id), and a
 * self-link to share the section. Sätteri runs no rehype plugins, hence a plugin of its own.
 * @see https://docs.astro.build/en/reference/markdown-processors/satteri/
 */
export function headingAnchors({ anchorLabel }: { anchorLabel: string }): HastPluginEntry {
  return (document) => {
    const headings = new Map(readCompiledBody(document).headings.map((heading) => [heading.line, heading]));
    return {
      name: 'heading-anchors',
      options: { position: true },
      element: {
        // h5: an episode's #### renders one level lower (nest-headings.ts).
        filter: ['h2', 'h3', 'h4', 'h5'],
        visit(node, ctx) {
          const element = node as Element;
          const heading = element.position && headings.get(element.position.start.line);
          const existing = element.properties?.id;
          // Headings the processor adds itself (the footnotes' label) have no source line, but an id of their own.
          const id = typeof existing === 'string' ? existing : heading?.id;
          if (!id) return;
          // The label says what the heading shows, typographic dashes and quotes included.
          const shown = splitHeadingTime(ctx.textContent(element)).text;
          if (heading?.start !== undefined) {
            const last = element.children.at(-1);
            if (last?.type === 'text') {
              const kept = splitHeadingTime(last.value).text;
              ctx.replaceNode(last, kept ? { type: 'text', value: kept } : []);
            }
            ctx.setProperty(element, 'dataStart', String(heading.start));
          }
          ctx.setProperty(element, 'id', id);
          ctx.appendChild(element, {
            type: 'element',
            tagName: 'a',
            properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `${anchorLabel}: ${shown}` },
            children: [],
          });
        },
      },
    };
  };
}
