/**
 * Speaker labels of a transcript file and the people of an episode: the
 * podcaster names labels (`--speakers "SPEAKER_00=Oliver"`), every name is
 * matched to the host and the guests, and labels that match nobody are listed.
 */

export interface EpisodePerson {
  name: string;
  role: 'host' | 'guest';
}

export class SpeakerOptionError extends Error {
  override name = 'SpeakerOptionError';
}

/**
 * `--speakers "SPEAKER_00=Oliver,SPEAKER_01=Katrin Albers"`, given once or
 * several times; a name may hold spaces, not commas.
 */
export function parseSpeakerNames(values: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const pair of values.flatMap((value) => value.split(','))) {
    if (!pair.trim()) continue;
    const separator = pair.indexOf('=');
    const label = pair.slice(0, Math.max(separator, 0)).trim();
    const name = pair
      .slice(separator + 1)
      .replace(/\s+/g, ' ')
      .trim();
    if (separator < 0 || !label || !name) {
      throw new SpeakerOptionError(`--speakers expects label=name pairs like "SPEAKER_00=Oliver,SPEAKER_01=Katrin", not "${pair.trim()}"`);
    }
    if (names.has(label) && names.get(label) !== name) {
      throw new SpeakerOptionError(`--speakers names ${label} twice, as "${names.get(label)}" and as "${name}"`);
    }
    names.set(label, name);
  }
  return names;
}

const comparable = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** The person a name means: the full name, or the first or last name alone, as transcripts often write them. */
export function personNamed(name: string, people: readonly EpisodePerson[]): EpisodePerson | undefined {
  const wanted = comparable(name);
  const byFullName = people.find((person) => comparable(person.name) === wanted);
  if (byFullName) return byFullName;
  const byPart = people.filter((person) => {
    const parts = comparable(person.name).split(' ');
    return parts.length > 1 && (parts[0] === wanted || parts.at(-1) === wanted);
  });
  return byPart.length === 1 ? byPart[0] : undefined;
}

/** Names the file's labels may be written as, so a single `Oliver:` in a SubRip file counts as a speaker. */
export function namesToRecognize(people: readonly EpisodePerson[], speakerNames: ReadonlyMap<string, string>): string[] {
  return [...speakerNames.keys(), ...people.flatMap((person) => [person.name, ...person.name.split(/\s+/)])].filter(
    (name) => name.length > 1,
  );
}

export interface SpeakerMatch {
  label: string;
  /** The name written in the transcript. */
  name: string;
  person: EpisodePerson | undefined;
}

/** How each of the file's labels is written and whom it means. */
export function matchSpeakers(
  labels: readonly string[],
  speakerNames: ReadonlyMap<string, string>,
  people: readonly EpisodePerson[],
): SpeakerMatch[] {
  return labels.map((label) => {
    const name = speakerNames.get(label) ?? label;
    return { label, name, person: personNamed(name, people) };
  });
}
