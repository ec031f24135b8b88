import { problemAt } from './cues.ts';

/**
 * JSON files with line numbers for messages. `JSON.parse` keeps no positions,
 * and a parser that does (yaml's) builds a node per value, too heavy for the
 * megabytes of a word-level WhisperX file; so the lines of the one array that
 * matters are found by a single scan of the text, by hand.
 */

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw problemAt(syntaxErrorLine(text, message), `not valid JSON (${message.replace(/\s*\(line \d+ column \d+\)/, '')})`);
  }
}

/** Where V8 says the JSON broke: at a position, at the end, or around a quoted piece of the text. */
function syntaxErrorLine(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return lineAt(text, Number(position));
  if (/end of JSON input/.test(message)) return lineAt(text, text.trimEnd().length);
  // `Unexpected token ',', ..."artTime": , "bo"... is not valid JSON`: V8 quotes the text around the mistake.
  const quoted = /^Unexpected token .+?, ([\s\S]+) is not valid JSON$/.exec(message)?.[1];
  if (!quoted) return undefined;
  const excerpt = quoted.replace(/^(?:\.\.\.)?"/, '').replace(/"(?:\.\.\.)?$/, '');
  const found = text.indexOf(excerpt);
  return found === -1 ? undefined : lineAt(text, found + Math.floor(excerpt.length / 2));
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

/**
 * The line each element of the top-level object's array `key` starts on
 * (`segments` of a transcript, `chapters` of a chapters file), in order.
 * Expects text that `JSON.parse` accepted.
 */
export function arrayElementLines(text: string, key: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  /** Depth at which the wanted array's elements sit, while inside it. */
  let inArray = false;
  let expectingElement = false;
  let lastString = '';
  let afterKey = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '\n') {
      line += 1;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') continue;
    if (inArray && depth === 2 && expectingElement && char !== ']') {
      lines.push(line);
      expectingElement = false;
    }
    if (char === '"') {
      const start = index + 1;
      index += 1;
      while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
      if (depth === 1) lastString = text.slice(start, index);
      continue;
    }
    if (char === ':') {
      afterKey = depth === 1 && JSON.parse(`"${lastString}"`) === key;
      continue;
    }
    if (char === '{' || char === '[') {
      depth += 1;
      if (char === '[' && depth === 2 && afterKey) {
        inArray = true;
        expectingElement = true;
      }
      afterKey = false;
      continue;
    }
    if (char === '}' || char === ']') {
      if (inArray && depth === 2) inArray = false;
      depth -= 1;
      continue;
    }
    if (char === ',' && inArray && depth === 2) expectingElement = true;
    afterKey = false;
  }
  return lines;
}

/** Type words for messages: what was found where something else was expected. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
