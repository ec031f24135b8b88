import { LEADING_TIME_MARK, TRAILING_TIME_MARK } from './base/timecode';

/**
 * Episode text without Markdown, MDX and time marks: what screen readers,
 * language tools and "save as text" should get. Paragraphs stay separated by a blank line.
 */
export function plainTranscript(body: string): string {
  const withoutCode = body.replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, '');
  const lines = withoutCode
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .split('\n')
    .filter((line) => !/^\s*(import|export)\s/.test(line));
  const text = lines
    .map((line) =>
      inline(
        line
          .replace(/^\s{0,3}#{1,6}\s+/, '')
          .replace(TRAILING_TIME_MARK, '')
          .replace(LEADING_TIME_MARK, '')
          .replace(/^\s{0,3}>\s?/, '')
          .replace(/^\s*([-*+]|\d+\.)\s+/, '- ')
          .replace(/^\s{0,3}([-*_]\s*){3,}$/, ''),
      ),
    )
    .join('\n');
  return text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function inline(line: string): string {
  return line
    .replace(/<\/?[A-Za-z][\w.:-]*(?:\s+[^<>]*?)?\s*\/?>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((\S+?)(?:\s+"[^"]*")?\)/g, (_, text: string, url: string) => (text === url ? url : `${text} (${url})`))
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)([^*_]*?\S)\2(?!\w)/g, '$1$3')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .trimStart();
}

/** The downloadable text file: a short header saying what it is and where it comes from. */
export function transcriptTextFile({ title, podcast, url, body }: { title: string; podcast: string; url: string; body: string }): string {
  return `${title}\n${podcast}\n${url}\n\n${plainTranscript(body)}\n`;
}
