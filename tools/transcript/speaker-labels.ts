/**
 * Speaker labels written into the text: `Oliver: Hallo` in SubRip, `Katrin
 * Albers: …` in text exports, `SPEAKER_00: …` from diarization tools.
 */

/** A name of one to four words, in any script, like `Oliver`, `Dr. Katrin Albers`, `O'Brien`, `SPEAKER_00`, `Sprecher 2`. */
const NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} .'’_-]{0,39}$/u;

export function looksLikeName(label: string): boolean {
  const name = label.trim();
  return NAME.test(name) && /\p{L}/u.test(name) && !/[.\s]$/.test(name) && name.split(/\s+/).length <= 4;
}

/** `Name: text`, or `Name:` alone; the colon must end the name, so `10:30 Uhr` is no label. */
const PREFIX = /^([^:]{1,40}):(?:\s+([\s\S]*))?$/;

export interface SpeakerPrefixes {
  /** Whether the lines name speakers this way at all: a name opens two lines, or a known name opens one. */
  found: boolean;
  /** The speaker and the rest of a line that opens with a speaker's name. */
  split(line: string): { speaker: string; text: string } | undefined;
  /** A word before a colon that opens the line but was not counted as a speaker, for a hint. */
  unconfirmed(line: string): string | undefined;
}

/** Text that ends a sentence, so what follows may well be someone else speaking. */
export const endsSentence = (text: string | undefined) => text === undefined || /[.!?…。！？]["'»«“”‘’)\]]*$/u.test(text.trim());

const key = (name: string) => name.toLocaleLowerCase();

/**
 * Which `Name:` openings of these lines name a speaker. A word before a colon
 * is also how sentences go on ("Wenn die IT sagt: …"), so a label counts only
 * when it opens at least two lines, or names someone known (the episode's host
 * and guests, the labels given with `--speakers`).
 */
export function speakerPrefixes(lines: readonly string[], knownSpeakers: readonly string[] = []): SpeakerPrefixes {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const label = PREFIX.exec(line)?.[1]?.trim();
    if (label && looksLikeName(label)) counts.set(key(label), (counts.get(key(label)) ?? 0) + 1);
  }
  const known = new Set(knownSpeakers.map(key));
  const speakers = new Set([...counts].filter(([label, count]) => count >= 2 || known.has(label)).map(([label]) => label));
  return {
    found: speakers.size > 0,
    split(line) {
      const match = PREFIX.exec(line);
      const label = match?.[1]?.trim();
      if (!match || !label || !looksLikeName(label) || !speakers.has(key(label))) return undefined;
      return { speaker: label, text: (match[2] ?? '').trim() };
    },
    unconfirmed(line) {
      const label = PREFIX.exec(line)?.[1]?.trim();
      return label && looksLikeName(label) && !speakers.has(key(label)) ? label : undefined;
    },
  };
}
