import type { HastNode, HastPluginEntry, HastVisitorContext } from 'satteri';
import { formatClock } from '../base/duration';
import { LEADING_TIME_MARK } from '../base/timecode';
import { readCompiledBody } from '../transcript/episode-body';

type Element = Extract<HastNode, { type: 'element' }>;

/**
 * The link every time in the transcript becomes; `#t=` is the page's media-fragment-style address.
 * Search ignores it, so excerpts read as speech rather than "00:01:43. 00:01:46 Oliver: …".
 */
function timecodeLink(start: number, label: string, extraClass?: string): Element {
  const clock = formatClock(start, { alwaysHours: true });
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['timecode', ...(extraClass ? [extraClass] : [])],
      href: `#t=${start}`,
      ariaLabel: `${label} ${clock}`,
      dataPagefindIgnore: '',
    },
    children: [{ type: 'text', value: clock }],
  };
}

/**
 * Sätteri plugin for transcript paragraphs: the paragraphs the episode body's
 * reading found timed (the same ones the captions and the time checks use)
 * get a real link to their moment (`#t=160`), their start as `data-start` and
 * the speaker a class, so the text is usable without JavaScript and the
 * player can follow it. Chapter headings (given `data-start` by the
 * heading-anchors plugin, which must run first) get their time as a link
 * beside them; it stays outside the heading so ids and the table of contents
 * keep the bare title.
 * @see https://docs.astro.build/en/reference/markdown-processors/satteri/
 */
export function timeMarks({ playLabel }: { playLabel: string }): HastPluginEntry {
  return (document) => {
    const paragraphs = new Map(readCompiledBody(document).paragraphs.map((paragraph) => [paragraph.line, paragraph]));
    return {
      name: 'time-marks',
      options: { position: true },
      element: [
        {
          filter: ['p'],
          visit(node, ctx) {
            const paragraph = node.position && paragraphs.get(node.position.start.line);
            if (paragraph?.start !== undefined) markParagraph(node as Element, ctx, paragraph.start, paragraph.speaker, playLabel);
          },
        },
        {
          filter: ['h2', 'h3', 'h4', 'h5'],
          visit(node, ctx) {
            const start = Number((node as Element).properties?.dataStart ?? Number.NaN);
            if (!Number.isFinite(start)) return;
            ctx.wrapNode(node, {
              type: 'element',
              tagName: 'div',
              properties: { className: ['chapter-heading'] },
              children: [timecodeLink(start, playLabel, 'chapter-heading__time')],
            });
          },
        },
      ],
    };
  };
}

function markParagraph(paragraph: Element, ctx: HastVisitorContext, start: number, speaker: string | undefined, playLabel: string) {
  const [first, second] = paragraph.children;
  // The reading found the time mark at the start of this text; its characters become the link.
  if (first?.type !== 'text') return;
  const mark = LEADING_TIME_MARK.exec(first.value);
  if (!mark) return;
  const rest = first.value.slice(mark[0].length);
  ctx.replaceNode(first, [
    timecodeLink(start, playLabel),
    { type: 'text', value: ' ' },
    ...(rest ? [{ type: 'text' as const, value: rest }] : []),
  ]);
  ctx.setProperty(paragraph, 'dataStart', String(start));
  if (!speaker || second?.type !== 'element') return;
  ctx.setProperty(second, 'className', ['speaker']);
  ctx.setProperty(paragraph, 'dataSpeaker', speaker);
}
