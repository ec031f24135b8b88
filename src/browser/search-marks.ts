/**
 * The page a search result leads to marks the searched words (`?q=` in its
 * address, src/lib/search/marks.ts) in the episode's text, says so in a bar
 * at the top of the screen, and takes the marks away on request.
 */
import { MARK_PARAM, markTerms, wordMatches } from '../lib/search/marks';
import { onEveryPage } from './page-life';

/** Text that is no reading matter: controls, time marks, the parts around the episode the search leaves out. */
const SKIPPED = 'script, style, noscript, mark, button, select, textarea, .timecode, [data-pagefind-ignore], [hidden]';

function markWords(root: Element, terms: string[]): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const matches = wordMatches(text.data, terms);
    // From the end, so the earlier offsets stay where they were.
    for (const [start, end] of matches.reverse()) {
      const word = text.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      word.replaceWith(mark);
      mark.append(word);
      marks.unshift(mark);
    }
  }
  return marks;
}

function unmark(marks: HTMLElement[]): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}

function setUp(): void {
  const bar = document.querySelector<HTMLElement>('[data-search-marks]');
  const body = document.querySelector('[data-pagefind-body]');
  const query = new URLSearchParams(location.search).get(MARK_PARAM)?.trim();
  if (!bar || !body || !query) return;
  const marks = markWords(body, markTerms(query));
  const text = bar.querySelector<HTMLElement>('[data-search-marks-text]')!;
  text.textContent = (marks.length ? bar.dataset.marked! : bar.dataset.markedNone!).replace('{q}', query);
  bar.hidden = false;
  document.documentElement.style.setProperty('--search-marks-height', `${bar.offsetHeight}px`);
  // The browser scrolled to the linked heading before the bar was there: bring it out from under the bar.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  bar.querySelector('button')!.addEventListener(
    'click',
    () => {
      unmark(marks);
      bar.hidden = true;
      document.documentElement.style.removeProperty('--search-marks-height');
      const url = new URL(location.href);
      url.searchParams.delete(MARK_PARAM);
      history.replaceState(history.state, '', url);
      document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
    },
    { once: true },
  );
}

onEveryPage(setUp);
