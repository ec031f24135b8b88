import { decodeChapterStarts, sectionHref } from '../lib/search/metadata';
import { COUNT_BY_EPISODE } from '../lib/search/episode-count';
import { pagefindOptions, readSearchState, SEARCH_PARAMS, SEARCH_VALUES, searchStateParams, type SearchState } from '../lib/search/query';
import {
  commonInNewest,
  episodesWithin,
  orderAcrossBundles,
  PART_FILTER,
  reachOf,
  SEARCH_BUNDLES_FILE,
  type SearchBundles,
} from '../lib/search/scope';
import { episodesFound, summaryKey, type FilterCounts } from '../lib/search/summary';
import { withSearchWords } from '../lib/search/marks';
import { formatClock, parseIsoDuration } from '../lib/base/duration';

/**
 * /suche/ on Pagefind's JavaScript API with our own markup. Pagefind itself is
 * imported only when the visitor searches, so no page pays for the index
 * before someone uses it.
 * @see https://pagefind.app/docs/api/
 */

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Positions of the found words in this section. */
  locations: number[];
  anchor?: { id: string };
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}

interface Result {
  id: string;
  data(): Promise<ResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: object): Promise<{ results: Result[]; unfilteredResultCount: number; filters?: FilterCounts }>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

interface PagefindModule extends Pagefind {
  createInstance(options: Record<string, unknown>): Pagefind;
}

type Strings = Record<
  | 'loading'
  | 'count'
  | 'countOne'
  | 'countNewest'
  | 'countNewestOne'
  | 'widen'
  | 'none'
  | 'noneFiltered'
  | 'failed'
  | 'more'
  | 'sections'
  | 'startsAt'
  | 'minutes',
  string
>;

/**
 * Results loaded at a time. A result is a few chapters of an episode (see
 * build/search-records.ts) and downloads their text, about 4 KB
 * gzipped, to cut excerpts from; so a screenful comes at first and the rest
 * on request. Results from the same episode share one card.
 * @see https://pagefind.app/docs/api/#loading-a-result
 */
const PAGE_SIZE = 3;
/** Section links a result adds to its episode's card: those with the most found words. */
const MAX_SECTIONS = 3;
/** Section links on one card, however many of the episode's results load. */
const MAX_CARD_SECTIONS = 6;
const TYPING_PAUSE_MS = 250;

const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.elements.namedItem(SEARCH_PARAMS.query) as HTMLInputElement;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const widen = root.querySelector<HTMLButtonElement>('[data-search-widen]')!;
const scopeField = form.elements.namedItem(SEARCH_PARAMS.scope) as HTMLInputElement;
const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
const suggestions = root.querySelector<HTMLElement>('[data-search-suggestions]')!;
const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
const dateFormat = new Intl.DateTimeFormat(root.dataset.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const numberFormat = new Intl.NumberFormat(root.dataset.locale);

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : typeof value === 'number' ? numberFormat.format(value) : value;
  });

const NEWEST_BUNDLE = '/pagefind/';
/**
 * Only the title should lift a result; the other metadata is there to be shown.
 * @see https://pagefind.app/docs/ranking/#configuring-metadata-weights
 */
const PAGEFIND_OPTIONS = { excerptLength: 24, ranking: { metaWeights: { episode: 0, date: 0, duration: 0, image: 0, starts: 0 } } };

interface Search {
  bundles: SearchBundles;
  /** Searches the newest episodes and the `parts` newest older parts (src/lib/search/scope.ts); loads the parts' metadata on first use. */
  over(parts: number): Promise<Pagefind>;
}

let search: Promise<Search> | undefined;
function loadSearch(): Promise<Search> {
  search ??= (async () => {
    const [module, bundles] = await Promise.all([
      import(/* @vite-ignore */ `${NEWEST_BUNDLE}pagefind.js`) as Promise<PagefindModule>,
      fetch(`${NEWEST_BUNDLE}${SEARCH_BUNDLES_FILE}`).then((response) => {
        if (!response.ok) throw new Error(`${SEARCH_BUNDLES_FILE}: ${response.status}`);
        return response.json() as Promise<SearchBundles>;
      }),
    ]);
    // Searching on the page itself saves the worker script's 43 KB.
    await module.options({ ...PAGEFIND_OPTIONS, noWorker: true });
    const instances = new Map<number, Promise<Pagefind>>([[0, Promise.resolve(module)]]);
    return {
      bundles,
      // An instance over the newest bundle with older parts merged in, one for each reach. Pagefind cannot
      // drop a merged bundle, and the next query may search fewer. The newest bundle's WebAssembly and
      // metadata it fetches again come from the browser cache.
      over: (parts) => {
        let instance = instances.get(parts);
        if (!instance) {
          instance = (async () => {
            const merged = module.createInstance({ basePath: NEWEST_BUNDLE, noWorker: true });
            await merged.options(PAGEFIND_OPTIONS);
            for (const [part, { path }] of bundles.older!.parts.slice(0, parts).entries()) {
              await merged.mergeIndex(path, { ...PAGEFIND_OPTIONS, mergeFilter: { [PART_FILTER]: String(part) } });
            }
            // With the metadata, the episode filter every search counts by: a search by filter alone loads it.
            await merged.search(null, { filters: COUNT_BY_EPISODE });
            return merged;
          })();
          instances.set(parts, instance);
          instance.catch(() => instances.delete(parts));
        }
        return instance;
      },
    };
  })();
  search.catch(() => (search = undefined));
  return search;
}

function currentState(): SearchState {
  return readSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

/** Pagefind escapes excerpts and adds only `<mark>`; keeping just text and marks makes that a guarantee. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** A result's address without the chapter it starts at: the episode page its card links to. */
const episodeUrl = (url: string) => url.split('#')[0]!;

interface SectionItem {
  item: HTMLLIElement;
  href: string;
  /** Where the section sits in the episode: its record's start, then its place in the record. */
  order: [number, number];
}

function sectionItems(data: ResultData, episodeHref: string, query: string): SectionItem[] {
  const starts = decodeChapterStarts(data.meta.starts);
  // A record after the first is addressed by its first chapter (build/search-records.ts), whose start orders it.
  const recordChapter = data.url.split('#')[1];
  const recordStart = recordChapter === undefined ? -1 : (starts.get(decodeURIComponent(recordChapter)) ?? Number.MAX_SAFE_INTEGER);
  return data.sub_results
    .map((sub, index) => ({ sub, index }))
    .filter(({ sub }) => sub.anchor)
    .sort((a, b) => b.sub.locations.length - a.sub.locations.length || a.index - b.index)
    .slice(0, MAX_SECTIONS)
    .map(({ sub, index }) => {
      const link = element('a', undefined, sub.title);
      link.href = withSearchWords(sectionHref(episodeHref, sub.anchor!.id, starts), query);
      const item = element('li', undefined, link);
      const start = starts.get(sub.anchor!.id);
      if (start !== undefined)
        item.append(' ', element('span', 'search-result__start', fill(strings.startsAt, { time: formatClock(start) })));
      item.append(element('p', undefined, ...excerptNodes(sub.excerpt)));
      return { item, href: link.href, order: [recordStart, index] as [number, number] };
    });
}

const before = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

function renderCard(data: ResultData, href: string, query: string): { card: HTMLLIElement; sections: HTMLUListElement } {
  const { meta } = data;
  const facts: (Node | string)[] = [];
  if (meta.episode) facts.push(meta.episode);
  if (meta.date) {
    const time = element('time', undefined, dateFormat.format(new Date(`${meta.date}T00:00:00Z`)));
    time.dateTime = meta.date;
    facts.push(time);
  }
  const seconds = parseIsoDuration(meta.duration ?? '');
  if (seconds !== undefined) facts.push(fill(strings.minutes, { n: Math.max(1, Math.round(seconds / 60)) }));
  const factLine = element('p', 'search-result__meta');
  facts.forEach((fact, index) => factLine.append(...(index ? [' · ', fact] : [fact])));

  const title = element('a', undefined, meta.title ?? href);
  title.href = withSearchWords(href, query);
  const sections = element('ul', 'search-result__sections');
  sections.setAttribute('aria-label', `${strings.sections}: ${meta.title ?? ''}`);
  const body = element(
    'div',
    undefined,
    factLine,
    element('h2', undefined, title),
    element('p', 'search-result__excerpt', ...excerptNodes(data.excerpt)),
    sections,
  );

  const image = element('img');
  image.src = meta.image ?? root.dataset.artwork ?? '';
  image.alt = '';
  image.width = 64;
  image.height = 64;
  image.loading = 'lazy';
  image.decoding = 'async';
  return { card: element('li', 'search-result card', image, body), sections };
}

let generation = 0;
let pending: Result[] = [];
/** The section list of each episode shown, so later results from it add their sections there in episode order. */
let cards = new Map<string, { sections: HTMLUListElement; shown: SectionItem[] }>();

async function showNextPage(focusFirst: boolean) {
  const mine = generation;
  const { query } = currentState();
  const page = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  list.setAttribute('aria-busy', 'true');
  const loaded = await Promise.all(page.map((result) => result.data()));
  if (mine !== generation) return;
  list.removeAttribute('aria-busy');
  const added: HTMLAnchorElement[] = [];
  for (const data of loaded) {
    const href = episodeUrl(data.url);
    let card = cards.get(href);
    if (!card) {
      const rendered = renderCard(data, href, query);
      card = { sections: rendered.sections, shown: [] };
      cards.set(href, card);
      list.append(rendered.card);
      added.push(rendered.card.querySelector('h2 a')!);
    }
    for (const section of sectionItems(data, href, query)) {
      if (card.shown.length >= MAX_CARD_SECTIONS || card.shown.some(({ href: shown }) => shown === section.href)) continue;
      const next = card.shown.findIndex(({ order }) => before(section.order, order));
      card.sections.insertBefore(section.item, next === -1 ? null : card.shown[next]!.item);
      card.shown.splice(next === -1 ? card.shown.length : next, 0, section);
      added.push(section.item.querySelector('a')!);
    }
  }
  for (const { sections } of cards.values()) sections.hidden = sections.childElementCount === 0;
  more.hidden = pending.length === 0;
  if (focusFirst) added[0]?.focus();
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Found {
  results: Result[];
  episodes: number;
  /** Episodes searched, when that was not the whole archive. */
  searched: number | undefined;
  bundles: SearchBundles;
}

/**
 * Results for a state: the newest episodes alone when the words are common
 * there, else the older parts near in time too, and the whole archive when
 * those find nothing or the visitor asked for it.
 */
async function find(state: SearchState, isCurrent: () => boolean): Promise<Found | undefined> {
  const { bundles, over } = await loadSearch();
  const options = pagefindOptions(state);
  const reach = reachOf(state, bundles);
  const allParts = bundles.older?.parts.length ?? 0;
  // By date, the newest bundle's results lead even when older parts are searched.
  const newestSearch =
    reach.newestMayAnswer || reach.parts === 0 || state.sort === 'date' ? await (await over(0)).search(state.query, options) : undefined;
  const fromNewest = newestSearch?.results ?? [];
  // The first search also loads the near parts' metadata, so a later query for a rarer word costs only
  // its words. Not before the newest search has fetched the WebAssembly all instances share, which would load it twice.
  const near = bundles.older?.near ?? 0;
  if (near > 0) void over(near).catch(() => undefined);
  if (!isCurrent()) return undefined;
  const within = (parts: number) => (parts < allParts ? episodesWithin(bundles, parts) : undefined);
  if (allParts > 0 && reach.newestMayAnswer && commonInNewest(newestSearch!.unfilteredResultCount, bundles))
    return { results: fromNewest, episodes: episodesFound(newestSearch!.filters), searched: within(0), bundles };

  const searchParts = async (parts: number) => {
    if (parts === 0) return { results: fromNewest, episodes: episodesFound(newestSearch!.filters) };
    const instance = await over(parts);
    const merged = await instance.search(state.query, options);
    // By date, each part alone: their chunks are loaded already, so these searches cost no bytes.
    const byPart =
      state.sort === 'date'
        ? await Promise.all(
            Array.from({ length: parts }, async (_, part) => {
              const filters = { ...options.filters, [PART_FILTER]: String(part) };
              return (await instance.search(state.query, { ...options, filters })).results;
            }),
          )
        : [];
    return { results: orderAcrossBundles(fromNewest, merged.results, state.sort, byPart), episodes: episodesFound(merged.filters) };
  };
  let parts = reach.parts;
  let found = await searchParts(parts);
  // Nothing near in time: the listener wants the episode, wherever it is.
  if (found.results.length === 0 && parts < allParts && isCurrent()) found = await searchParts((parts = allParts));
  return { ...found, searched: within(parts), bundles };
}

async function runSearch({ debounce, focusFirst = false }: { debounce: boolean; focusFirst?: boolean }) {
  const state = currentState();
  const mine = ++generation;
  const isCurrent = () => mine === generation;
  const params = searchStateParams(state);
  history.replaceState(null, '', params.size ? `${location.pathname}?${params}` : location.pathname);
  if (!state.query) {
    cards = new Map();
    list.replaceChildren();
    more.hidden = true;
    widen.hidden = true;
    clear.hidden = true;
    suggestions.hidden = false;
    status.textContent = '';
    return;
  }
  try {
    if (debounce) await pause(TYPING_PAUSE_MS);
    if (!isCurrent()) return;
    const found = await find(state, isCurrent);
    if (!found || !isCurrent()) return;
    const { bundles } = found;
    pending = found.results;
    cards = new Map();
    const count = pending.length;
    list.replaceChildren();
    await showNextPage(focusFirst);
    if (!isCurrent()) return;
    // Pagefind counts an episode's passages as results; the listener sees one card per episode.
    const episodes = count === 0 ? 0 : Math.max(1, found.episodes);
    const key = summaryKey({ episodes, partial: found.searched !== undefined }, state);
    status.textContent = fill(strings[key], { n: episodes, q: state.query, episodes: found.searched ?? 0 });
    clear.hidden = key !== 'noneFiltered';
    suggestions.hidden = key !== 'none';
    widen.hidden = found.searched === undefined;
    if (found.searched !== undefined)
      widen.textContent = fill(strings.widen, { n: episodesWithin(bundles, bundles.older!.parts.length) - found.searched });
  } catch {
    if (isCurrent()) status.textContent = strings.failed;
  }
}

function restore(state: SearchState) {
  input.value = state.query;
  for (const [name, value] of [
    [SEARCH_PARAMS.topic, state.topic],
    [SEARCH_PARAMS.year, state.year],
    [SEARCH_PARAMS.sort, state.sort === 'date' ? SEARCH_VALUES.dateSort : ''],
  ] as const) {
    const select = form.elements.namedItem(name) as HTMLSelectElement;
    select.value = value;
    if (select.value !== value) select.value = '';
  }
  scopeField.value = state.scope === 'all' ? SEARCH_VALUES.allScope : '';
}

form.hidden = false;
restore(readSearchState(new URLSearchParams(location.search)));
// Suggestions are for an empty field; a search that arrives with the address hides them until its results say otherwise.
suggestions.hidden = Boolean(input.value);
widen.addEventListener('click', () => {
  scopeField.value = SEARCH_VALUES.allScope;
  void runSearch({ debounce: false, focusFirst: true });
});
input.addEventListener('input', () => {
  if (input.value.trim()) status.textContent = strings.loading;
  void runSearch({ debounce: true });
});
form.addEventListener('change', (event) => {
  if (event.target !== input) void runSearch({ debounce: false });
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void runSearch({ debounce: false });
});
more.addEventListener('click', () => void showNextPage(true));
clear.addEventListener('click', () => {
  for (const name of [SEARCH_PARAMS.topic, SEARCH_PARAMS.year]) (form.elements.namedItem(name) as HTMLSelectElement).value = '';
  void runSearch({ debounce: false, focusFirst: true });
});
if (input.value) void runSearch({ debounce: false });
