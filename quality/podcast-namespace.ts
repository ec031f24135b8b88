import { spdxLicense } from '../src/lib/base/license.ts';
import { dateForm, recurrenceProblem } from '../src/lib/base/rrule.ts';
import { FEED_NAMESPACES } from '../src/lib/feed/namespaces.ts';

/**
 * The Podcasting 2.0 namespace's rules for every `podcast:` tag the site can
 * write: where it may stand, how often, and what its attributes and text must
 * be. Apps drop a tag that breaks them, often without a word.
 * @see https://podcasting2.org/docs/podcast-namespace/1.0
 */

export interface PodcastNode {
  name: string;
  uri: string;
  local: string;
  attributes: Record<string, string>;
  text: string;
  children: PodcastNode[];
}

type Parent = 'channel' | 'item' | 'podcast:podroll' | 'podcast:value' | 'podcast:alternateEnclosure';

interface TagRule {
  parents: Parent[];
  single?: boolean;
  check: (node: PodcastNode) => (string | undefined)[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ABSOLUTE_URL = /^https?:\/\/[\x21-\x7e]+$/;
const RFC_2822 =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? (?:GMT|UT|[+-]\d{4}|[A-Z]{3})$/;
const MIME = /^[a-z0-9][\w.+-]*\/[a-z0-9][\w.+-]*$/i;
const WHOLE = /^(?:0|[1-9]\d*)$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
/** @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/tags/medium.md */
const MEDIUMS = ['podcast', 'music', 'video', 'film', 'audiobook', 'newsletter', 'blog', 'publisher', 'course'];
/** @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/socialprotocols.txt */
const SOCIAL_PROTOCOLS = ['disabled', 'activitypub', 'twitter', 'lightning', 'bluesky', 'hive', 'matrix', 'nostr'];

const has = (node: PodcastNode, attribute: string) => node.attributes[attribute] !== undefined;

/** A problem when the attribute is missing or does not match. */
function attribute(node: PodcastNode, name: string, pattern: RegExp, expected: string, required = true): string | undefined {
  const value = node.attributes[name];
  if (value === undefined) return required ? `needs ${name}="…" (${expected})` : undefined;
  return pattern.test(value) ? undefined : `${name} must be ${expected} (found "${value}")`;
}

/** A problem when the text is empty (and required) or longer than the namespace allows. */
function textOf(node: PodcastNode, max: number, required = true): string | undefined {
  const value = node.text.trim();
  if (!value) return required ? 'needs a text' : undefined;
  const length = Array.from(value).length;
  return length > max ? `its text has ${length} characters; apps may cut it after ${max}` : undefined;
}

const maxLength = (node: PodcastNode, name: string, max: number) =>
  (node.attributes[name]?.length ?? 0) > max ? `${name} has more than ${max} characters` : undefined;

const oneOf = (node: PodcastNode, name: string, values: string[], required = true) =>
  attribute(node, name, new RegExp(`^(?:${values.join('|')})$`), `one of ${values.join(', ')}`, required);

const url = (node: PodcastNode, name: string, required = true) =>
  attribute(node, name, ABSOLUTE_URL, 'an absolute, percent-encoded URL', required);

const RULES: Record<string, TagRule> = {
  guid: { parents: ['channel'], single: true, check: (node) => [UUID.test(node.text.trim()) ? undefined : 'must be a UUID'] },
  locked: {
    parents: ['channel'],
    single: true,
    check: (node) => [
      /^(?:yes|no)$/.test(node.text.trim()) ? undefined : `must say yes or no (found "${node.text.trim()}")`,
      attribute(node, 'owner', EMAIL, 'an e-mail address', false),
    ],
  },
  funding: { parents: ['channel', 'item'], check: (node) => [url(node, 'url'), textOf(node, 128)] },
  person: {
    parents: ['channel', 'item'],
    check: (node) => [textOf(node, 128), url(node, 'href', false), url(node, 'img', false)],
  },
  value: {
    parents: ['channel', 'item'],
    check: (node) => [
      has(node, 'type') && has(node, 'method') ? undefined : 'needs type and method',
      node.children.some((child) => child.local === 'valueRecipient') ? undefined : 'needs at least one podcast:valueRecipient',
    ],
  },
  valueRecipient: {
    parents: ['podcast:value'],
    check: (node) => [
      has(node, 'type') && has(node, 'address') ? undefined : 'needs type and address',
      attribute(node, 'split', NUMBER, 'a number'),
    ],
  },
  txt: { parents: ['channel', 'item'], check: (node) => [textOf(node, 4000), maxLength(node, 'purpose', 128)] },
  medium: {
    parents: ['channel'],
    single: true,
    check: (node) => [MEDIUMS.includes(node.text.trim()) ? undefined : `must be one of ${MEDIUMS.join(', ')}`],
  },
  image: {
    parents: ['channel', 'item'],
    check: (node) => [
      url(node, 'href'),
      attribute(node, 'aspect-ratio', /^\d+(?:\.\d+)?(?:\s*\/\s*\d+(?:\.\d+)?)?$/, 'a CSS ratio like 1/1 or 16/9', false),
      attribute(node, 'width', /^[1-9]\d*$/, 'a width in pixels', false),
      attribute(node, 'height', /^[1-9]\d*$/, 'a height in pixels', false),
      attribute(node, 'type', MIME, 'a MIME type', false),
      maxLength(node, 'purpose', 128),
    ],
  },
  trailer: {
    parents: ['channel'],
    check: (node) => [
      textOf(node, 128),
      url(node, 'url'),
      attribute(node, 'pubdate', RFC_2822, 'an RFC 2822 date'),
      attribute(node, 'length', WHOLE, 'the size in bytes', false),
      attribute(node, 'type', MIME, 'a MIME type', false),
      attribute(node, 'season', /^[1-9]\d*$/, 'a season number', false),
    ],
  },
  license: {
    parents: ['channel', 'item'],
    single: true,
    check: (node) => [
      textOf(node, 128),
      url(node, 'url', false),
      has(node, 'url') || spdxLicense(node.text)
        ? undefined
        : `"${node.text.trim()}" is no SPDX license identifier, so it needs url="…" with the license text`,
    ],
  },
  updateFrequency: {
    parents: ['channel'],
    single: true,
    check: (node) => [
      textOf(node, 128),
      oneOf(node, 'complete', ['true', 'false'], false),
      node.attributes.dtstart === undefined || dateForm(node.attributes.dtstart)
        ? undefined
        : `dtstart must be an ISO 8601 date or date and time (found "${node.attributes.dtstart}")`,
      node.attributes.rrule === undefined ? undefined : recurrenceProblem(node.attributes.rrule, node.attributes.dtstart),
    ],
  },
  podroll: {
    parents: ['channel'],
    single: true,
    check: (node) => [node.children.some((child) => child.local === 'remoteItem') ? undefined : 'needs at least one podcast:remoteItem'],
  },
  remoteItem: {
    parents: ['channel', 'podcast:podroll'],
    check: (node) => [
      attribute(node, 'feedGuid', UUID, "the remote show's podcast:guid"),
      url(node, 'feedUrl', false),
      node.attributes.medium === undefined ? undefined : oneOf(node, 'medium', MEDIUMS),
    ],
  },
  transcript: {
    parents: ['item'],
    check: (node) => [url(node, 'url'), attribute(node, 'type', MIME, 'a MIME type')],
  },
  chapters: {
    parents: ['item'],
    single: true,
    check: (node) => [url(node, 'url'), attribute(node, 'type', MIME, 'a MIME type')],
  },
  season: {
    parents: ['item'],
    single: true,
    check: (node) => [/^[1-9]\d*$/.test(node.text.trim()) ? undefined : 'must be a whole number', maxLength(node, 'name', 128)],
  },
  episode: {
    parents: ['item'],
    single: true,
    check: (node) => [NUMBER.test(node.text.trim()) ? undefined : 'must be a number', maxLength(node, 'display', 32)],
  },
  soundbite: {
    parents: ['item'],
    check: (node) => [
      attribute(node, 'startTime', NUMBER, 'seconds'),
      attribute(node, 'duration', NUMBER, 'seconds'),
      textOf(node, 128, false),
    ],
  },
  alternateEnclosure: {
    parents: ['item'],
    check: (node) => [
      attribute(node, 'type', MIME, 'a MIME type'),
      attribute(node, 'length', WHOLE, 'the size in bytes', false),
      node.children.some((child) => child.local === 'source') ? undefined : 'needs at least one podcast:source',
    ],
  },
  source: { parents: ['podcast:alternateEnclosure'], check: (node) => [has(node, 'uri') ? undefined : 'needs uri="…"'] },
  integrity: {
    parents: ['podcast:alternateEnclosure'],
    check: (node) => [oneOf(node, 'type', ['sri', 'pgp-signature']), has(node, 'value') ? undefined : 'needs value="…"'],
  },
  socialInteract: {
    parents: ['channel', 'item'],
    check: (node) => [
      oneOf(node, 'protocol', SOCIAL_PROTOCOLS),
      node.attributes.protocol === 'disabled' ? undefined : url(node, 'uri'),
      attribute(node, 'priority', WHOLE, 'a whole number', false),
    ],
  },
};

/** The `podcast:` tags the namespace defines that podcast-partytime 5 does not read yet; these rules are their only check. */
export const UNREAD_BY_PARTYTIME = ['image', 'updateFrequency'];

/** Checks every `podcast:` tag under `parent` (and below), reporting `[tag, message]` pairs. */
export function checkPodcastTags(parent: PodcastNode, parentName: string, report: (tag: string, message: string) => void): void {
  const counts = new Map<string, number>();
  for (const node of parent.children) {
    if (node.uri === FEED_NAMESPACES.podcast) {
      const rule = RULES[node.local];
      const tag = `podcast:${node.local}`;
      if (!rule) report(tag, `${tag} is not a tag of the Podcasting 2.0 namespace`);
      else {
        if (!rule.parents.includes(parentName as Parent))
          report(tag, `${tag} may not stand in <${parentName}>; it belongs in ${rule.parents.map((name) => `<${name}>`).join(' or ')}`);
        counts.set(node.local, (counts.get(node.local) ?? 0) + 1);
        if (rule.single && counts.get(node.local) === 2) report(tag, `${tag} may appear only once in <${parentName}>`);
        for (const message of rule.check(node)) if (message) report(tag, `${tag} ${message}`);
      }
    }
    if (node.name !== 'item' && node.children.length) checkPodcastTags(node, node.name, report);
  }
}
