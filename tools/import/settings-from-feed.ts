import type { RssFeed } from 'feedsmith';
import { imageSize } from 'image-size';
import { isMap, isScalar, isSeq, parse, parseDocument, type Document } from 'yaml';
import { parseAppleCategory } from '../../src/lib/feed/apple-categories.ts';
import { artworkProblem } from '../../src/lib/feed/artwork.ts';
import { describeIssues } from '../../src/lib/validation-message.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import type { FeedPerson } from '../../src/schemas/person.ts';
import { explicitOf, isWebAddress, type FeedItem } from './episode-from-item.ts';
import { notesToPlainText } from './notes.ts';

/**
 * The show's details from the old feed fill the podcast settings where the
 * podcaster has not written anything yet; nothing they wrote is replaced.
 */

export type FeedChannel = Omit<RssFeed.Feed<string>, 'items'>;

type Category = { text?: string | undefined; categories?: Category[] | undefined };

/** Apple categories as the settings write them: `Arts > Literature`. */
export function categoriesOf(categories: readonly Category[] | undefined): string[] {
  return (categories ?? []).flatMap((category) => {
    const main = category.text?.trim();
    if (!main) return [];
    const subs = (category.categories ?? []).map((sub) => sub.text?.trim()).filter(Boolean);
    return subs.length ? subs.map((sub) => `${main} > ${sub}`) : [main];
  });
}

/**
 * Names Apple retired in its 2019 category update, still found in older feeds,
 * mapped to their successors.
 * @see https://podcasters.apple.com/support/1691-apple-podcasts-categories
 */
const RETIRED_CATEGORIES: Record<string, string> = {
  'News & Politics': 'News',
  'Arts > Literature': 'Arts > Books',
  'Games & Hobbies': 'Leisure',
  'Games & Hobbies > Video Games': 'Leisure > Video Games',
  'Science & Medicine': 'Science',
  'Science & Medicine > Medicine': 'Health & Fitness > Medicine',
  'Technology > Tech News': 'News > Tech News',
  'Sports & Recreation': 'Sports',
  'Government & Organizations': 'Government',
  Health: 'Health & Fitness',
};

/** Only categories Apple accepts today: retired names are renamed, unknown sub-categories fall back to their main one. */
export function appleCategoriesOf(written: readonly string[]): { categories: string[]; dropped: string[] } {
  const categories: string[] = [];
  const dropped: string[] = [];
  for (const original of written) {
    const renamed = RETIRED_CATEGORIES[original] ?? original;
    const main = renamed.split('>')[0]!.trim();
    const accepted = [renamed, main].find((candidate) => parseAppleCategory(candidate).ok);
    if (accepted === undefined) dropped.push(original);
    else if (!categories.includes(accepted)) categories.push(accepted);
  }
  return { categories, dropped };
}

/** The feed's language as written, when it is a language tag at all (`pt-BR`, `en-us`, `de`). */
export function languageOf(language: string | undefined): string | undefined {
  const tag = (language ?? '').trim();
  try {
    return tag && Intl.getCanonicalLocales(tag).length === 1 ? tag : undefined;
  } catch {
    return undefined;
  }
}

/** The show's address at the old host: the URL given to the importer, else the feed's own `atom:link rel="self"`. */
export function previousFeedUrlOf(channel: FeedChannel, source: string): string | undefined {
  if (/^https?:\/\//i.test(source)) return source;
  return channel.atom?.links?.find((link) => link.rel === 'self' && /^https?:\/\//i.test(link.href ?? ''))?.href;
}

export function showArtworkOf(channel: FeedChannel): string | undefined {
  const image = (channel.itunes?.image ?? channel.image?.url)?.trim();
  return image && /^https?:\/\/\S+$/.test(image) ? image : undefined;
}

const textOf = (value: string | undefined) => value?.replace(/\s+/g, ' ').trim() || undefined;
const withoutEmpty = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;

/** The first `podcast:person` with the host role, else the feed's author. */
export function hostOf(channel: FeedChannel): { name: string; role: 'host'; url?: string } | undefined {
  const person = channel.podcast?.persons?.find(
    (candidate) => (candidate.role ?? 'host').toLowerCase() === 'host' && candidate.display?.trim(),
  );
  const name = person?.display?.trim() || channel.itunes?.author?.trim();
  if (!name) return undefined;
  return isWebAddress(person?.href) ? { name, role: 'host', url: person.href.trim() } : { name, role: 'host' };
}

/** The show's `podcast:person` tags as written; the feed lists them instead of the host alone. */
function personsOf(channel: FeedChannel): FeedPerson[] {
  return (channel.podcast?.persons ?? []).flatMap((person) => {
    const name = textOf(person.display);
    if (!name) return [];
    return [
      withoutEmpty({
        name,
        role: textOf(person.role),
        group: textOf(person.group),
        href: isWebAddress(person.href) ? person.href.trim() : undefined,
        img: isWebAddress(person.img) ? person.img.trim() : undefined,
      }),
    ];
  });
}

/** `podcast:funding` links; a label is what the tag says, else the address's host (apps show at most 128 characters). */
function fundingOf(channel: FeedChannel): { url: string; label: string }[] {
  return (channel.podcast?.fundings ?? []).flatMap(({ url, display }) =>
    isWebAddress(url) ? [{ url: url.trim(), label: (textOf(display) ?? new URL(url.trim()).hostname).slice(0, 128) }] : [],
  );
}

/** `podcast:value` blocks with at least one complete recipient. */
function valueOf(channel: FeedChannel) {
  return (channel.podcast?.values ?? []).flatMap((value) => {
    const recipients = (value.valueRecipients ?? []).flatMap((recipient) =>
      recipient.type && recipient.address && recipient.split !== undefined && Number.isFinite(recipient.split) && recipient.split >= 0
        ? [
            withoutEmpty({
              name: recipient.name,
              type: recipient.type,
              address: recipient.address,
              split: recipient.split,
              customKey: recipient.customKey,
              customValue: recipient.customValue,
              fee: recipient.fee,
            }),
          ]
        : [],
    );
    if (!value.type || !value.method || !recipients.length) return [];
    const suggested =
      value.suggested !== undefined && Number.isFinite(value.suggested) && value.suggested >= 0 ? value.suggested : undefined;
    return [withoutEmpty({ type: value.type, method: value.method, suggested, recipients })];
  });
}

/**
 * Values the feed offers for each settings field, in the settings file's shape;
 * `artwork` is the show's cover once it is a file under public/. Where the
 * feed has nothing the build would accept, a fallback is offered and `warnings` says so.
 */
export function settingsFromFeed(channel: FeedChannel, source: string, artwork?: string, warnings: string[] = []): Record<string, unknown> {
  const email = channel.itunes?.owner?.email?.trim();
  const ownerName = channel.itunes?.owner?.name?.trim() || channel.itunes?.author?.trim();
  const title = channel.title?.trim();
  let description = notesToPlainText(channel.itunes?.summary ?? channel.description ?? '') || undefined;
  if (!description && title) {
    description = notesToPlainText(channel.itunes?.subtitle ?? '') || title;
    warnings.push(
      `content/settings.yaml: description: the feed describes the show in no words; filled with "${description}", write a few sentences there`,
    );
  }
  const language = languageOf(channel.language);
  if (channel.language?.trim() && !language)
    warnings.push(
      `content/settings.yaml: language: "${channel.language.trim()}" is no language tag; write the podcast's language there (like de or pt-BR)`,
    );
  const candidates: Record<string, unknown> = {
    title,
    description,
    language,
    author: channel.itunes?.author?.trim() || ownerName,
    owner: email && ownerName ? { name: ownerName, email } : undefined,
    host: hostOf(channel),
    artwork,
    categories: appleCategoriesOf(categoriesOf(channel.itunes?.categories)).categories,
    podcastGuid: channel.podcast?.guid?.trim(),
    previousFeedUrl: previousFeedUrlOf(channel, source),
    explicit: channel.itunes?.explicit === undefined ? undefined : explicitOf(channel.itunes.explicit),
    type: showTypeOf(channel.itunes?.type),
    locked: channel.podcast?.locked?.value,
    funding: fundingOf(channel),
    persons: personsOf(channel),
    value: valueOf(channel),
    txt: (channel.podcast?.txts ?? []).flatMap(({ display, purpose }) =>
      display?.trim() ? [withoutEmpty({ text: display.trim().slice(0, 4000), purpose: textOf(purpose)?.slice(0, 128) })] : [],
    ),
  };
  return Object.fromEntries(
    Object.entries(candidates).filter(([, value]) => value !== undefined && !(Array.isArray(value) && !value.length)),
  );
}

/** `itunes:type`, when it is one Apple knows. */
function showTypeOf(type: string | undefined): 'episodic' | 'serial' | undefined {
  const written = type?.trim().toLowerCase();
  return written === 'episodic' || written === 'serial' ? written : undefined;
}

/** What to do about a setting the build would refuse, where a bare schema message would not say. */
const ADVICE: Record<string, string> = {
  owner: 'the feed names no owner e-mail; write yours there (Apple and Spotify send verification codes to it)',
  site: "write this site's public address there, like https://podcast.example.de",
  categories: 'the feed names no Apple Podcasts category; write at least one there, like Technology or "Business > Management"',
  artwork: 'put a square JPEG or PNG of 1400 to 3000 px under public/ and write its path there',
};

/**
 * Everything in the settings the build would refuse, checked the way the build
 * checks it (the settings schema, then the cover's bytes), one line each: an
 * import the build would stop after says so in its summary.
 */
export function settingsProblems(text: string, file: string, imageBytes?: (path: string) => Uint8Array | undefined): string[] {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    return [`${file}: not valid YAML (${(error as Error).message.split('\n')[0]}); the build will stop until it is`];
  }
  const problems: string[] = [];
  const result = settingsSchema.safeParse(raw ?? {});
  if (!result.success) {
    const advised = new Set<string>();
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (ADVICE[field]) {
        if (!advised.has(field)) problems.push(`${file}: ${field}: ${ADVICE[field]}; the build will stop until it is set`);
        advised.add(field);
      } else problems.push(`${describeIssues(file, [issue], raw)}; the build will stop until it is set`);
    }
  }
  const artwork = (raw as { artwork?: unknown } | null)?.artwork;
  if (typeof artwork === 'string' && artwork.startsWith('/') && imageBytes) {
    const bytes = imageBytes(artwork);
    let problem: string | undefined;
    try {
      const size = bytes && imageSize(bytes);
      problem = size ? artworkProblem({ width: size.width, height: size.height, type: size.type }) : 'does not exist';
    } catch {
      problem = 'is not an image';
    }
    if (problem) problems.push(`${file}: artwork: public${artwork} ${problem}; Apple Podcasts and the build refuse it, ${ADVICE.artwork}`);
  }
  return problems;
}

/** Podcasting 2.0 tags (feedsmith's names) the site writes again, in the settings or in episodes. */
const CARRIED_CHANNEL = new Set(['guid', 'locked', 'fundings', 'persons', 'values', 'txts']);
const CARRIED_ITEM = new Set(['transcripts', 'chapters', 'soundbites', 'persons', 'season', 'episode', 'alternateEnclosures']);
const TAG_NAMES: Record<string, string> = {
  locations: 'location',
  trailers: 'trailer',
  images: 'image',
  liveItems: 'liveItem',
  blocks: 'block',
  remoteItems: 'remoteItem',
  values: 'value',
  socialInteracts: 'socialInteract',
  txts: 'txt',
};

const hasValue = (value: unknown) => value !== undefined && !(Array.isArray(value) && value.length === 0);

/**
 * Podcasting 2.0 tags of the old feed the new one will not carry, each with
 * where it was: `podcast:location (the show, 12 episodes)`. `podcast:medium`
 * counts only when it is not podcast, which the site writes.
 */
export function uncarriedTags({ channel, items }: { channel: FeedChannel; items: readonly FeedItem[] }): string[] {
  const places = new Map<string, { show: boolean; episodes: number }>();
  const note = (key: string, show: boolean) => {
    const name = `podcast:${TAG_NAMES[key] ?? key}`;
    const place = places.get(name) ?? { show: false, episodes: 0 };
    if (show) place.show = true;
    else place.episodes += 1;
    places.set(name, place);
  };
  for (const [key, value] of Object.entries(channel.podcast ?? {})) {
    if (CARRIED_CHANNEL.has(key) || !hasValue(value)) continue;
    if (key === 'medium' && String(value).trim().toLowerCase() === 'podcast') continue;
    note(key, true);
  }
  for (const item of items)
    for (const [key, value] of Object.entries(item.podcast ?? {})) if (!CARRIED_ITEM.has(key) && hasValue(value)) note(key, false);
  return [...places].map(([name, { show, episodes }]) => {
    const where = [show ? 'the show' : '', episodes ? `${episodes} episode${episodes === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
    return `${name} (${where})`;
  });
}

function isEmpty(doc: Document, key: string): boolean {
  const node = doc.get(key, true);
  if (node === undefined || node === null) return true;
  if (isScalar(node)) return node.value === null || String(node.value).trim() === '';
  if (isSeq(node)) return node.items.length === 0;
  if (isMap(node))
    return node.items.every((pair) => !isScalar(pair.value) || pair.value.value === null || String(pair.value.value).trim() === '');
  return false;
}

export interface SettingsUpdate {
  text: string;
  filled: string[];
}

/** The settings that describe one show; a fresh start empties them, so the import fills them from the feed. */
export const SHOW_SETTINGS = [
  'title',
  'subtitle',
  'description',
  'language',
  'interfaceLanguage',
  'author',
  'copyright',
  'owner',
  'host',
  'artwork',
  'categories',
  'explicit',
  'type',
  'podcastGuid',
  'previousFeedUrl',
  'locked',
  'funding',
  'persons',
  'value',
  'txt',
  'platforms',
] as const;

/** Empties the show's settings in place, each key and its comment where they were; the rest of the file stays as it is. */
export function clearShowSettings(yamlText: string): string {
  const doc = parseDocument(yamlText);
  if (doc.errors.length || !isMap(doc.contents)) return yamlText;
  for (const key of SHOW_SETTINGS) if (doc.has(key)) doc.set(key, null);
  return doc.toString({ lineWidth: 0, nullStr: '' });
}

/** Stands for "remove the key" where a value is expected. */
const REMOVE = Symbol('remove');

/** Puts a comment before the key after `index` (or at the end of the file). */
function commentBeforeNext(doc: Document, index: number, comment: string): void {
  if (!isMap(doc.contents)) return;
  const next = doc.contents.items[index + 1]?.key;
  if (isScalar(next)) next.commentBefore = next.commentBefore ? `${comment}\n${next.commentBefore}` : comment;
  else doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
}

/**
 * Replaces a key's value, or removes the key, without losing a comment: an
 * empty value holds the comment of the line after it, which belongs to the
 * next key, and a removed key hands its own comment on too.
 */
function replaceKeepingComments(doc: Document, key: string, value: unknown | typeof REMOVE): void {
  if (!isMap(doc.contents)) return;
  const items = doc.contents.items;
  const index = items.findIndex((pair) => isScalar(pair.key) && pair.key.value === key);
  if (index === -1) return;
  const pair = items[index]!;
  const valueComment = isScalar(pair.value) ? pair.value.comment : undefined;
  if (value === REMOVE) {
    const own = isScalar(pair.key) ? pair.key.commentBefore : undefined;
    items.splice(index, 1);
    const comment = [own, valueComment].filter(Boolean).join('\n');
    if (comment) commentBeforeNext(doc, index - 1, comment);
    return;
  }
  pair.value = doc.createNode(value);
  if (valueComment) commentBeforeNext(doc, index, valueComment);
}

type FieldSchema = { safeParse(value: unknown): { success: boolean } };
const fieldSchema = (key: string) => (settingsSchema.shape as Record<string, FieldSchema>)[key];

/**
 * An empty show setting after a fresh start, if the feed did not fill it: an
 * empty list or group where the schema takes one, so the field and its comment
 * stay where they were; removed where the site can do without it; left empty
 * (for the summary to name) where the build needs it.
 */
function settleEmpty(doc: Document, key: string): void {
  const schema = fieldSchema(key);
  if (!schema) return;
  const empty = [[], {}].find((value) => schema.safeParse(value).success);
  if (empty) replaceKeepingComments(doc, key, empty);
  else if (schema.safeParse(undefined).success) replaceKeepingComments(doc, key, REMOVE);
}

/**
 * Fills empty settings from the feed, keeping the file's comments and order.
 * After a fresh start, show settings the feed left empty are settled so the
 * build takes them (`settleEmpty`). A settings file that
 * is not YAML is left alone: the build will name its error.
 */
export function fillSettings(yamlText: string, offered: Record<string, unknown>, { fresh = false } = {}): SettingsUpdate {
  const doc = parseDocument(yamlText);
  if (doc.errors.length || (doc.contents !== null && !isMap(doc.contents))) return { text: yamlText, filled: [] };
  const filled = Object.keys(offered).filter((key) => isEmpty(doc, key));
  for (const key of filled) {
    if (doc.has(key)) replaceKeepingComments(doc, key, offered[key]);
    else doc.set(key, doc.createNode(offered[key]));
  }
  const settled = fresh ? SHOW_SETTINGS.filter((key) => doc.has(key) && isEmpty(doc, key)) : [];
  for (const key of settled) settleEmpty(doc, key);
  return { text: filled.length || settled.length ? doc.toString({ lineWidth: 0, nullStr: '' }) : yamlText, filled };
}
