import { formatClock } from '../src/lib/base/duration.ts';
import { slugify } from '../src/lib/base/slug.ts';

const timeMark = (seconds: number) => formatClock(seconds, { alwaysHours: true });

/**
 * Synthetic German episodes for `npm run bench`: transcripts of about 4,000 words
 * in the documented syntax (`## Kapitel [hh:mm:ss]`, `[hh:mm:ss] **Name:** …`),
 * with words drawn from the demo transcripts so that a search index sees
 * German word frequencies, plus compound nouns so that the vocabulary grows with
 * the number of episodes as a real archive's does.
 */

export type Random = () => number;

/** A small, fast, seedable generator (mulberry32), so every run builds the same site. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

/** Which word follows which in the source text; sentence starts are keyed by the empty string. */
export type WordChain = Map<string, string[]>;

/** Learns word successions from transcript Markdown, ignoring headings, time marks and speaker names. */
export function learnWordChain(markdownTexts: string[]): WordChain {
  const chain: WordChain = new Map();
  const add = (word: string, next: string) => {
    const successors = chain.get(word) ?? [];
    successors.push(next);
    chain.set(word, successors);
  };
  for (const text of markdownTexts) {
    const prose = text
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .split('\n')
      .filter((line) => line.trim() !== '' && !/^\s*(#|<|import |export |\||-)/.test(line))
      .map((line) =>
        line
          .replace(/\[\d{1,2}:\d{2}(:\d{2})?\]/g, '')
          .replace(/\*\*[^*]+:\*\*/g, '')
          .replace(/[*_`[\]()]/g, ''),
      )
      .join(' ');
    for (const sentence of prose.split(/(?<=[.!?])\s+/)) {
      const words = sentence.split(/\s+/).filter(Boolean);
      if (words.length < 4 || !/[.!?]$/.test(words.at(-1)!)) continue;
      add('', words[0]!);
      for (let i = 0; i < words.length - 1; i++) add(words[i]!, words[i + 1]!);
    }
  }
  if (!chain.has('')) throw new Error('learnWordChain: the texts contain no complete sentences to learn from.');
  return chain;
}

const STEMS = [
  'Daten',
  'Projekt',
  'Kunden',
  'Vertrags',
  'Server',
  'Lizenz',
  'Budget',
  'Sicherheits',
  'Netzwerk',
  'Betriebs',
  'Software',
  'Schnittstellen',
  'Test',
  'Release',
  'Support',
  'Cloud',
  'Rechenzentrums',
  'Anforderungs',
  'Abnahme',
  'Lieferanten',
  'Qualitäts',
  'Migrations',
  'Archiv',
  'Telefon',
  'Service',
  'Wartungs',
  'Risiko',
  'Kosten',
  'Termin',
  'Team',
  'Meeting',
  'Ticket',
  'Fach',
  'Prozess',
  'Änderungs',
  'Berechtigungs',
  'Backup',
  'Planungs',
  'Personal',
  'Schulungs',
];
const HEADS = [
  'management',
  'vertrag',
  'konzept',
  'leitung',
  'planung',
  'prüfung',
  'runde',
  'bericht',
  'wechsel',
  'strategie',
  'kultur',
  'freigabe',
  'kette',
  'landschaft',
  'steuerung',
  'dokument',
  'fenster',
  'stelle',
  'übergabe',
  'abstimmung',
  'analyse',
  'pflege',
  'gruppe',
  'regel',
  'frage',
  'system',
  'plattform',
  'anbieter',
  'modell',
  'zyklus',
];
const TOPICS = [
  'Vertrauen',
  'Zusammenarbeit',
  'Projekte',
  'Outsourcing',
  'IT-Dienstleister',
  'Remote-Arbeit',
  'Verträge',
  'Führung',
  'Kommunikation',
  'Sicherheit',
  'Cloud',
  'Datenschutz',
  'Agilität',
  'Budget',
  'Betrieb',
  'Support',
  'Digitalisierung',
  'Anforderungen',
  'Qualität',
  'Teamkultur',
];
const HOSTS = ['Oliver'];
const GUESTS = [
  'Katrin Albers',
  'Jonas Weber',
  'Miriam Schulte',
  'Deniz Yilmaz',
  'Petra Hoffmann',
  'Lukas Brandt',
  'Aylin Kaya',
  'Thomas Richter',
  'Sabine Krüger',
  'Felix Neumann',
];
const CHAPTER_OPENERS = ['Warum', 'Wie', 'Wann', 'Was', 'Wer'];
const CHAPTER_PHRASES = [
  'sich lohnt',
  'schiefgeht',
  'gelingt',
  'niemand sagt',
  'wirklich zählt',
  'Vertrauen schafft',
  'Zeit kostet',
  'wir gelernt haben',
];

export interface SyntheticEpisode {
  slug: string;
  /** The complete file: YAML frontmatter and Markdown transcript. */
  markdown: string;
  words: number;
  /** Seconds up to the last time mark, plus a closing minute. */
  duration: number;
}

export interface SyntheticEpisodeOptions {
  index: number;
  total: number;
  chain: WordChain;
  random: Random;
  audioUrl: string;
  targetWords?: number;
  /** The publication day; by default spread evenly from 2005 to 2025 by index. */
  published?: Date;
}

const WORDS_PER_SECOND = 2.5;
const FIRST_DAY = Date.UTC(2005, 0, 3);
const LAST_DAY = Date.UTC(2025, 0, 1);

/** One sentence walked along the word chain, with the episode's own compounds mixed in. */
function sentence(chain: WordChain, random: Random, compounds: string[]): string[] {
  const words: string[] = [];
  let word = pick(chain.get('')!, random);
  while (words.length < 40) {
    words.push(random() < 0.04 ? pick(compounds, random) : word);
    if (/[.!?]$/.test(word)) break;
    const next = chain.get(word);
    if (!next) break;
    word = pick(next, random);
  }
  const last = words.at(-1)!;
  if (!/[.!?]$/.test(last)) words[words.length - 1] = `${last.replace(/[,;:–-]+$/, '')}.`;
  return words;
}

/** One episode, the same for the same index and random sequence. */
export function syntheticEpisode({
  index,
  total,
  chain,
  random,
  audioUrl,
  targetWords = 4000,
  published: day,
}: SyntheticEpisodeOptions): SyntheticEpisode {
  const number = index + 1;
  const compounds = Array.from({ length: 25 }, () => `${pick(STEMS, random)}${pick(HEADS, random)}`);
  const guest = pick(GUESTS, random);
  const speakers = [...HOSTS, guest.split(' ')[0]!];
  const topics = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(TOPICS, random)))];
  const chapterCount = 7 + Math.floor(random() * 4);
  const lines: string[] = ['## Transkript', ''];
  let words = 0;
  let seconds = 5;
  let paragraphs = 0;
  for (let chapter = 0; chapter < chapterCount && words < targetWords; chapter++) {
    lines.push(
      `## ${pick(CHAPTER_OPENERS, random)} ${pick(compounds, random)} ${pick(CHAPTER_PHRASES, random)} [${timeMark(seconds)}]`,
      '',
    );
    seconds += 2;
    const chapterEnd = Math.min(targetWords, ((chapter + 1) * targetWords) / chapterCount);
    while (words < chapterEnd) {
      const paragraph: string[] = [];
      const length = 40 + Math.floor(random() * 80);
      while (paragraph.length < length) paragraph.push(...sentence(chain, random, compounds));
      lines.push(`[${timeMark(seconds)}] **${speakers[paragraphs++ % speakers.length]}:** ${paragraph.join(' ')}`, '');
      words += paragraph.length;
      seconds += Math.round(paragraph.length / WORDS_PER_SECOND);
    }
  }
  const duration = seconds + 60;
  const summary = sentence(chain, random, compounds).join(' ');
  const title = `${pick(compounds, random)} und ${pick(compounds, random)}`;
  const published =
    day ?? new Date(FIRST_DAY + Math.floor(((LAST_DAY - FIRST_DAY) / 86_400_000) * (index / Math.max(1, total))) * 86_400_000);
  const slug = `${String(number).padStart(4, '0')}-${slugify(title)}`;
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `episode: ${number}`,
    `published: ${published.toISOString().slice(0, 10)}`,
    `summary: ${JSON.stringify(summary)}`,
    'audio:',
    `  url: ${audioUrl}`,
    `  duration: "${timeMark(duration)}"`,
    'topics:',
    ...topics.map((topic) => `  - ${topic}`),
    'guests:',
    `  - name: ${guest}`,
    '    role: guest',
    '---',
    '',
  ];
  return { slug, markdown: `${frontmatter.join('\n')}\n${lines.join('\n')}`, words: words + summary.split(' ').length, duration };
}
