import { parseHeaderRules, type HeaderRule } from '../../build/headers/headers-file.ts';

/**
 * Turns the site's `_headers` into a CloudFront Function, so a site on S3 behind
 * CloudFront sends the same headers as on Netlify or Cloudflare Pages. One
 * function, associated with a distribution's viewer request and viewer
 * response: the request half serves `/x/` from `x/index.html` (S3 knows no
 * index files) and sends `/x` on to `/x/`; the response half sets the headers,
 * replacing what S3 sent (the build never lets two rules set one header).
 * Written as the ES5-style JavaScript of the cloudfront-js-2.0 runtime.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-javascript-runtime-20.html
 */

/** CloudFront refuses function code larger than this. */
export const CLOUDFRONT_FUNCTION_MAX_BYTES = 10_240;

/** The same pattern language as build/headers/headers-file.ts, as a regular expression source. */
function patternSource(pattern: string): string {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') && part.length > 1 ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return `^${source}$`;
}

/**
 * Header values share long parts (every page's policy repeats the hashes of the
 * site's inline code), so each value is stored as indexes into one list of the
 * distinct parts between `; `. That keeps the code under CloudFront's limit.
 */
function compact(rules: readonly HeaderRule[]): { parts: string[]; table: [string, [string, number[]][]][] } {
  const parts: string[] = [];
  const index = (part: string) => {
    const found = parts.indexOf(part);
    return found >= 0 ? found : parts.push(part) - 1;
  };
  const table = rules.map((rule): [string, [string, number[]][]] => [
    patternSource(rule.pattern),
    Object.entries(rule.headers).map(([name, value]): [string, number[]] => [name.toLowerCase(), value.split('; ').map(index)]),
  ]);
  return { parts, table };
}

const HANDLER = `
function query(qs) {
  var out = [];
  for (var key in qs) {
    var item = qs[key];
    var values = item.multiValue ? item.multiValue : [item];
    for (var i = 0; i < values.length; i++) out.push(values[i].value === '' ? key : key + '=' + values[i].value);
  }
  return out.length ? '?' + out.join('&') : '';
}

function handler(event) {
  var request = event.request;
  if (event.context.eventType === 'viewer-request') {
    var uri = request.uri;
    if (uri.charAt(uri.length - 1) === '/') {
      request.uri = uri + 'index.html';
      return request;
    }
    var name = uri.substring(uri.lastIndexOf('/') + 1);
    if (name.indexOf('.') === -1) {
      return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: uri + '/' + query(request.querystring) } } };
    }
    return request;
  }
  var response = event.response;
  var path = request.uri.replace(/\\/index\\.html$/, '/');
  for (var r = 0; r < RULES.length; r++) {
    if (!new RegExp(RULES[r][0]).test(path)) continue;
    var headers = RULES[r][1];
    for (var h = 0; h < headers.length; h++) {
      response.headers[headers[h][0]] = { value: headers[h][1].map(function (part) { return PARTS[part]; }).join('; ') };
    }
  }
  return response;
}
`;

/** The function's code for the rules of `headersText` (the content of `dist/_headers`). */
export function cloudFrontFunctionCode(headersText: string, file = '_headers'): string {
  const { parts, table } = compact(parseHeaderRules(headersText, file));
  const code = `// Written by npm run cloudfront-function from ${file}; run it again after every build.
var PARTS = ${JSON.stringify(parts)};
var RULES = ${JSON.stringify(table)};
${HANDLER}`;
  const bytes = Buffer.byteLength(code);
  if (bytes > CLOUDFRONT_FUNCTION_MAX_BYTES) {
    throw new Error(
      `${file}: the CloudFront Function would be ${bytes} bytes; CloudFront accepts ${CLOUDFRONT_FUNCTION_MAX_BYTES}. Set the headers with a Lambda@Edge function instead.`,
    );
  }
  return code;
}
