import { z } from 'astro/zod';
import { publicPathProblem } from '../lib/base/public-path';
import { hasVisibleText } from '../lib/base/visible-text';

/**
 * Field schemas that content and settings share.
 */

/** A web page's address, like a profile or a platform's podcast page. */
export const webAddressSchema = z.url({ protocol: /^https?$/, error: 'expected a web address starting with https://' });

/** Text a listener must see, such as a title: required, and more than white space or invisible characters. */
export const visibleTextSchema = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `required: ${what}` : issue.input === null ? `is empty; expected ${what}` : `expected ${what} as text`,
    })
    .refine(hasVisibleText, `expected ${what} with visible text, not only spaces or invisible characters`);

/*
 * The two kinds of file references content and settings may hold. Both refuse
 * paths that climb out of public/; images are never taken from other sites,
 * because a page showing them would send every visitor's address there before
 * the visitor agreed to anything.
 */

function refinePublicPath(path: string, ctx: z.RefinementCtx, example: string): void {
  const problem = publicPathProblem(path);
  if (problem) ctx.addIssue({ code: 'custom', message: `${problem}, like ${example}` });
}

/** A file under public/, like `/images/042.jpg`. */
export const localImageSchema = (what: string) =>
  z.string({ error: `expected ${what}: a path under public/ like /images/cover.jpg` }).superRefine((path, ctx) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
      ctx.addIssue({
        code: 'custom',
        message: `expected ${what} as a file under public/, like /images/cover.jpg; an image from another site would be requested before visitors agree to anything, so download it into public/images/`,
      });
      return;
    }
    refinePublicPath(path, ctx, '/images/cover.jpg');
  });

/** A file under public/, like `/audio/042.mp3`, or a web address (`http://` only where the caller allows it). */
export const publicPathOrWebAddressSchema = (what: string) =>
  z.string({ error: `expected ${what}: a path under public/ like /audio/042.mp3 or an https:// address` }).superRefine((value, ctx) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
      if (!isWebUrl(value))
        ctx.addIssue({
          code: 'custom',
          message: `expected ${what} as a path under public/ like /audio/042.mp3 or a full https:// address`,
        });
      return;
    }
    refinePublicPath(value, ctx, '/audio/042.mp3');
  });

/** A page of this site (`/togo/`) or a web address. */
export const sitePathOrWebAddressSchema = z.string().refine((value) => /^\/(?![/\\])\S*$/.test(value) || isWebUrl(value), {
  message: 'expected a path on this site like /togo/ or a web address starting with https://',
});

function isWebUrl(value: string): boolean {
  // Spaces and umlauts in the path are allowed: the feed and the player percent-encode them.
  // eslint-disable-next-line no-control-regex -- control characters are never part of an address
  if (!/^https?:\/\/[^\s/?#\\]+(?:[/?#][^\\\u0000-\u001f\u007f]*)?$/i.test(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
