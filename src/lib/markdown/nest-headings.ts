import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import type { MdastPluginEntry } from 'satteri';

/**
 * Sätteri plugin for episode text: on the page it sits under the section
 * heading "Diese Folge zum Nachlesen" (an h2), so its `##` chapters render as
 * h3, `###` as h4, and the page's outline nests them there. Only episode files
 * move; packages and legal pages keep their levels under their own h1.
 * @see https://www.w3.org/WAI/tutorials/page-structure/headings/
 */
export function nestHeadings({ root, folder }: { root: string; folder: string }): MdastPluginEntry {
  return ({ fileURL }) => {
    if (!fileURL || !isInside(fileURLToPath(fileURL), root, folder)) return null;
    return {
      name: 'nest-headings',
      heading(node, ctx) {
        ctx.setProperty(node, 'depth', Math.min(6, node.depth + 1) as typeof node.depth);
      },
    };
  };
}

function isInside(file: string, root: string, folder: string): boolean {
  const path = relative(root, file).split(sep).join('/');
  return path.startsWith(`${folder}/`);
}
