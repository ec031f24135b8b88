import { SaxesParser } from 'saxes';
import partytime from 'podcast-partytime';
import { parseAppleCategory } from '../src/lib/feed/apple-categories.ts';
import { FEED_NAMESPACES, feedNamespaces } from '../src/lib/feed/namespaces.ts';

/**
 * Checks a podcast feed the way directories will: a namespace-aware XML parser,
 * the Podcast Index parser (podcast-partytime), then Apple's requirements as our
 * own rules. Every problem names where (channel or episode) and the rule.
 * @see https://podcasters.apple.com/support/823-podcast-requirements
 * @see https://podcastindex.org/namespace/1.0
 */

export interface FeedProblem {
  /** `channel` or `episode "<title>"`. */
  where: string;
  rule: string;
  message: string;
}

export interface XmlNode {
  name: string;
  uri: string;
  local: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlNode[];
}

/** Parses with namespaces on; any well-formedness or namespace error is returned, not thrown. */
export function parseXml(xml: string): { root?: XmlNode; namespaces: Record<string, string>; errors: string[] } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const errors: string[] = [];
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  let namespaces: Record<string, string> = {};
  parser.on('error', (error) => errors.push(error.message));
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      name: tag.name,
      uri: tag.uri ?? '',
      local: tag.local ?? tag.name,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([name, attribute]) => [name, attribute.value])),
      text: '',
      children: [],
    };
    if (stack.length === 0) {
      root = node;
      namespaces = { ...tag.ns };
    } else stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (value) => {
    if (stack.length) stack.at(-1)!.text += value;
  });
  parser.on('cdata', (value) => {
    if (stack.length) stack.at(-1)!.text += value;
  });
  parser.on('closetag', () => stack.pop());
  try {
    parser.write(xml).close();
  } catch (error) {
    if (!errors.includes((error as Error).message)) errors.push((error as Error).message);
  }
  return { root, namespaces, errors };
}

const child = (node: XmlNode | undefined, name: string) => node?.children.find((candidate) => candidate.name === name);
const children = (node: XmlNode | undefined, name: string) => node?.children.filter((candidate) => candidate.name === name) ?? [];
const textOf = (node: XmlNode | undefined, name: string) => child(node, name)?.text.trim();

type Report = (rule: string, message: string) => void;

const RFC_2822 =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? (?:GMT|UT|[+-]\d{4}|[A-Z]{3})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** An absolute http(s) URL that needs no further encoding: no spaces, umlauts or quotes. */
const ENCODED_URL = /^https?:\/\/[\x21-\x7e]+$/;

function checkChannel(channel: XmlNode, report: Report): void {
  if (!textOf(channel, 'title')) report('channel-title', 'the channel needs a non-empty <title>');
  if (!textOf(channel, 'link')) report('channel-link', 'the channel needs a <link> to the website');
  const description = textOf(channel, 'description');
  if (!description) report('channel-description', 'the channel needs a non-empty <description>');
  else if (description.length > 4000)
    report('channel-description', `the description has ${description.length} characters; Apple allows 4000`);
  if (!textOf(channel, 'language')) report('channel-language', 'the channel needs a <language>');
  const self = children(channel, 'atom:link').find((link) => link.attributes.rel === 'self');
  if (!self?.attributes.href || !ENCODED_URL.test(self.attributes.href))
    report('channel-self-link', 'the channel needs <atom:link rel="self"> with the absolute feed URL');
  const image = child(channel, 'itunes:image')?.attributes.href ?? '';
  if (!ENCODED_URL.test(image) || !/\.(jpe?g|png)$/i.test(new URL(image).pathname)) {
    report('channel-image', `itunes:image must be an absolute URL of a JPEG or PNG (found "${image}")`);
  }
  const categories = children(channel, 'itunes:category');
  if (categories.length === 0) report('channel-category', 'the channel needs at least one itunes:category');
  for (const category of categories) {
    const sub = child(category, 'itunes:category')?.attributes.text;
    const written = sub ? `${category.attributes.text} > ${sub}` : (category.attributes.text ?? '');
    const parsed = parseAppleCategory(written);
    if (!parsed.ok) report('channel-category', parsed.message);
    else if (parsed.value.category !== category.attributes.text || parsed.value.subcategory !== sub) {
      report('channel-category', `"${written}" must be spelled exactly as Apple does`);
    }
  }
  const explicit = textOf(channel, 'itunes:explicit');
  if (explicit !== 'true' && explicit !== 'false')
    report('channel-explicit', `itunes:explicit must be "true" or "false" (found "${explicit ?? ''}")`);
  if (!textOf(channel, 'itunes:author')) report('channel-author', 'the channel needs itunes:author');
  const owner = child(channel, 'itunes:owner');
  if (!textOf(owner, 'itunes:name') || !EMAIL.test(textOf(owner, 'itunes:email') ?? '')) {
    report('channel-owner', 'itunes:owner needs itunes:name and an itunes:email address (directories send verification codes there)');
  }
  const type = textOf(channel, 'itunes:type');
  if (type !== 'episodic' && type !== 'serial')
    report('channel-type', `itunes:type must be "episodic" or "serial" (found "${type ?? ''}")`);
  if (!UUID.test(textOf(channel, 'podcast:guid') ?? '')) report('channel-podcast-guid', 'podcast:guid must be a lowercase UUID');
  const locked = child(channel, 'podcast:locked');
  if (!locked || !['yes', 'no'].includes(locked.text.trim()) || !EMAIL.test(locked.attributes.owner ?? '')) {
    report('channel-locked', 'podcast:locked must say "yes" or "no" and name the owner e-mail in owner=""');
  }
}

const whereItem = (item: XmlNode, index: number) => {
  const title = textOf(item, 'title');
  return title ? `episode "${title}"` : `episode #${index + 1} (no title)`;
};

function checkItem(item: XmlNode, serial: boolean, report: Report): void {
  if (!textOf(item, 'title')) report('item-title', 'every episode needs a non-empty <title>');
  const guid = child(item, 'guid');
  if (!guid?.text.trim()) report('item-guid', 'every episode needs a <guid>');
  // An imported guid keeps its old mark (or none), so apps keep recognising the episode.
  else if (guid.attributes.isPermaLink !== undefined && !['true', 'false'].includes(guid.attributes.isPermaLink))
    report('item-guid', `isPermaLink must be "true" or "false" (found "${guid.attributes.isPermaLink}")`);
  if (!RFC_2822.test(textOf(item, 'pubDate') ?? '') || Number.isNaN(Date.parse(textOf(item, 'pubDate') ?? ''))) {
    report('item-pubdate', `pubDate must be an RFC 2822 date (found "${textOf(item, 'pubDate') ?? ''}")`);
  }
  const enclosure = child(item, 'enclosure')?.attributes;
  if (!enclosure) report('item-enclosure', 'every episode needs an <enclosure>');
  else {
    if (!ENCODED_URL.test(enclosure.url ?? ''))
      report('item-enclosure', `the enclosure url must be absolute and percent-encoded (found "${enclosure.url ?? ''}")`);
    // 0 is what some hosts write for an unknown size; an imported episode keeps it, and apps accept it.
    if (!/^(?:0|[1-9]\d*)$/.test(enclosure.length ?? ''))
      report('item-enclosure', `the enclosure length must be the file size in bytes (found "${enclosure.length ?? ''}")`);
    if (!/^(audio|video)\/[\w.+-]+$/.test(enclosure.type ?? ''))
      report('item-enclosure', `the enclosure type must be an audio or video MIME type (found "${enclosure.type ?? ''}")`);
  }
  const duration = textOf(item, 'itunes:duration') ?? '';
  if (!/^[1-9]\d*$/.test(duration)) report('item-duration', `itunes:duration must be whole seconds (found "${duration}")`);
  const episodeType = textOf(item, 'itunes:episodeType');
  if (!['full', 'trailer', 'bonus'].includes(episodeType ?? ''))
    report('item-episode-type', `itunes:episodeType must be full, trailer or bonus (found "${episodeType ?? ''}")`);
  const number = textOf(item, 'itunes:episode');
  if (number !== undefined && !/^[1-9]\d*$/.test(number))
    report('item-episode-number', `itunes:episode must be a positive whole number (found "${number}")`);
  if (number === undefined && serial && episodeType === 'full')
    report('item-episode-number', 'a serial podcast needs itunes:episode on every full episode');
  const explicit = textOf(item, 'itunes:explicit');
  if (explicit !== undefined && explicit !== 'true' && explicit !== 'false')
    report('item-explicit', `itunes:explicit must be "true" or "false" (found "${explicit}")`);
  if (!child(item, 'description')?.text.trim()) report('item-description', 'every episode needs a <description>');
}

/**
 * Every `podcast:` tag in the feed must be one the Podcast Index parser
 * recognises; parts of a tag (`podcast:source` in `podcast:alternateEnclosure`)
 * are read with it.
 */
function podcastTags(node: XmlNode, into = new Set<string>()): Set<string> {
  if (node.uri === FEED_NAMESPACES.podcast) into.add(node.local);
  else for (const each of node.children) podcastTags(each, into);
  return into;
}

export interface FeedCheck {
  problems: FeedProblem[];
  /** Items found by the XML parser. */
  episodes: number;
}

export function checkFeed(xml: string): FeedCheck {
  const problems: FeedProblem[] = [];
  const at =
    (where: string): Report =>
    (rule, message) =>
      problems.push({ where, rule, message });
  const feed = at('feed');
  const { root, namespaces, errors } = parseXml(xml);
  for (const error of errors) feed(/namespace|prefix/i.test(error) ? 'xml-namespaces' : 'xml-well-formed', error);
  if (!root || errors.length) return { problems, episodes: 0 };
  // Podlove chapters are optional, so their namespace is too.
  for (const [prefix, uri] of feedNamespaces({ podloveChapters: false })) {
    if (namespaces[prefix] !== uri) feed('xml-namespaces', `xmlns:${prefix} must be declared on <rss> as "${uri}"`);
  }
  const channel = child(root, 'channel');
  if (root.name !== 'rss' || root.attributes.version !== '2.0' || !channel) {
    feed('rss-2', 'the document must be <rss version="2.0"> with one <channel>');
    return { problems, episodes: 0 };
  }
  checkChannel(channel, at('channel'));
  const items = children(channel, 'item');
  const serial = textOf(channel, 'itunes:type') === 'serial';
  const seenGuids = new Map<string, string>();
  items.forEach((item, index) => {
    const where = whereItem(item, index);
    checkItem(item, serial, at(where));
    const guid = textOf(item, 'guid');
    if (guid && seenGuids.has(guid)) at(where)('item-guid-unique', `guid "${guid}" is also used by ${seenGuids.get(guid)}`);
    if (guid) seenGuids.set(guid, where);
  });
  const dates = items.map((item) => Date.parse(textOf(item, 'pubDate') ?? ''));
  dates.forEach((date, index) => {
    if (index > 0 && date > dates[index - 1]!)
      at(whereItem(items[index]!, index))('items-newest-first', 'episodes must be listed newest first');
  });

  const parsed = partytime.parseFeed(xml);
  if (!parsed) {
    feed('partytime', 'podcast-partytime (the Podcast Index parser) could not read the feed');
    return { problems, episodes: items.length };
  }
  if (parsed.items.length !== items.length) {
    feed('partytime', `podcast-partytime read ${parsed.items.length} of ${items.length} episodes`);
  }
  const recognised = new Set(Object.values(parsed.pc20support).flat());
  for (const tag of podcastTags(root)) {
    if (!recognised.has(tag)) feed('partytime-podcast-tags', `podcast:${tag} was not recognised by podcast-partytime`);
  }
  return { problems, episodes: items.length };
}

export const formatProblem = ({ where, rule, message }: FeedProblem) => `${where}: [${rule}] ${message}`;
