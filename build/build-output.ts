/**
 * Filters what Astro prints when a build fails because of content: the error
 * already names the file and line in the project's words, and the stack trace
 * and source location Astro adds point into the build's own chunks, which
 * only confuse a podcaster. Astro prints the trace before or after the
 * message depending on where the error was thrown, so trace lines are held
 * back until the next ordinary line shows whether the error was about content.
 * Errors that name no content file (a bug in the site's code) keep their trace.
 */
export interface OutputFilter {
  /** The lines to show now for one line of output. */
  line(text: string): string[];
  /** What is still held back when the output ends. */
  end(): string[];
}

const TRACE_HEADER = /^\s*(?:Location|Stack trace):\s*$/;
const TRACE_LINE = /^\s+(?:at |\S+:\d+:\d+\s*$)/;
const NAMES_CONTENT = /(?:^|[\s\]])content\/\S+?:(?:\d+:)? /;

export function contentErrorFilter(): OutputFilter {
  let aboutContent = false;
  let inTrace = false;
  let held: string[] = [];
  return {
    line(text) {
      if (TRACE_HEADER.test(text) || TRACE_LINE.test(text) || (inTrace && /^\s+\S/.test(text))) {
        inTrace = true;
        if (!aboutContent) held.push(text);
        return [];
      }
      inTrace = false;
      if (NAMES_CONTENT.test(text)) aboutContent = true;
      const shown = aboutContent ? [text] : [...held, text];
      held = [];
      return shown;
    },
    end() {
      const rest = aboutContent ? [] : held;
      held = [];
      return rest;
    },
  };
}
