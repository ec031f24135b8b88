/**
 * Filters what Astro prints when a build fails because of content: the error
 * already names the file and line in the project's words, and the stack trace
 * and source location Astro adds point into the build's own chunks, which
 * only confuse a podcaster. Errors that name no content file (a bug in the
 * site's code) keep their stack trace for the developer.
 */
export function contentErrorFilter(): (line: string) => string | undefined {
  let namesContent = false;
  let skipping = false;
  return (line) => {
    if (skipping) {
      if (/^\s+\S/.test(line)) return undefined;
      skipping = false;
    }
    if (/(?:^|[\s\]])content\/\S+?:(?:\d+:)? /.test(line)) namesContent = true;
    if (namesContent && /^\s*(?:Location|Stack trace):\s*$/.test(line)) {
      skipping = true;
      return undefined;
    }
    return line;
  };
}
