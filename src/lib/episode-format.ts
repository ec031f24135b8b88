import type { Translate } from '../i18n/translate';

/** "Folge 42", "Trailer" or "Bonus": how an episode introduces itself in lists. */
export function episodeLabel(data: { episode?: number | undefined; type: 'full' | 'trailer' | 'bonus' }, t: Translate): string {
  if (data.type === 'trailer') return t('episode.trailer');
  if (data.type === 'bonus')
    return data.episode ? `${t('episode.bonus')} · ${t('episode.number', { n: data.episode })}` : t('episode.bonus');
  return data.episode ? t('episode.number', { n: data.episode }) : '';
}

/** "31 Min.": whole minutes, at least one, for lists and the episode header. */
export function minutesLabel(seconds: number, t: Translate): string {
  return t('episode.minutes', { n: Math.max(1, Math.round(seconds / 60)) });
}

/** Who is a guest in the episode: its `guests`, then people an old feed named with the role guest. */
// Typed by shape rather than by the schema, so the browser's search script can share this file without the schemas' Node imports.
export function guestNames(data: {
  guests: readonly { name: string }[];
  podcast?: { persons?: readonly { name: string; role?: string | undefined }[] | undefined } | undefined;
}): string[] {
  const kept = (data.podcast?.persons ?? []).filter((person) => person.role?.toLowerCase() === 'guest').map((person) => person.name);
  return [...new Set([...data.guests.map((guest) => guest.name), ...kept])];
}
