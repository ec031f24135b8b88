import type { RssFeed } from 'feedsmith';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { parseAppleCategory } from '../../src/lib/feed/apple-categories.ts';
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

/** `de-DE` → `de`; only the languages the site's interface speaks. */
export function languageOf(language: string | undefined): 'de' | 'en' | undefined {
  const primary = (language ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'de' || primary === 'en' ? primary : undefined;
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

/** The first `podcast:person` with the host role, else the feed's author. */
export function hostOf(channel: FeedChannel): { name: string; role: 'host' } | undefined {
  const person = channel.podcast?.persons?.find(
    (candidate) => (candidate.role ?? 'host').toLowerCase() === 'host' && candidate.display?.trim(),
  );
  const name = person?.display?.trim() || channel.itunes?.author?.trim();
  return name ? { name, role: 'host' } : undefined;
}

/**
 * Values the feed offers for each settings field, in the settings file's shape;
 * `artwork` is the show's cover once it is a file under public/.
 */
export function settingsFromFeed(channel: FeedChannel, source: string, artwork?: string): Record<string, unknown> {
  const email = channel.itunes?.owner?.email?.trim();
  const ownerName = channel.itunes?.owner?.name?.trim() || channel.itunes?.author?.trim();
  const candidates: Record<string, unknown> = {
    title: channel.title?.trim(),
    description: notesToPlainText(channel.itunes?.summary ?? channel.description ?? '') || undefined,
    language: languageOf(channel.language),
    author: channel.itunes?.author?.trim() || ownerName,
    owner: email && ownerName ? { name: ownerName, email } : undefined,
    host: hostOf(channel),
    artwork,
    categories: appleCategoriesOf(categoriesOf(channel.itunes?.categories)).categories,
    podcastGuid: channel.podcast?.guid?.trim(),
    previousFeedUrl: previousFeedUrlOf(channel, source),
  };
  return Object.fromEntries(
    Object.entries(candidates).filter(([, value]) => value !== undefined && !(Array.isArray(value) && !value.length)),
  );
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

/**
 * Fills empty settings from the feed, keeping the file's comments and order.
 * A settings file that is not YAML is left alone: the build will name its error.
 */
export function fillSettings(yamlText: string, offered: Record<string, unknown>): SettingsUpdate {
  const doc = parseDocument(yamlText);
  if (doc.errors.length || (doc.contents !== null && !isMap(doc.contents))) return { text: yamlText, filled: [] };
  const filled = Object.keys(offered).filter((key) => isEmpty(doc, key));
  for (const key of filled) doc.set(key, doc.createNode(offered[key]));
  return { text: filled.length ? doc.toString({ lineWidth: 0 }) : yamlText, filled };
}
