import type { Translate } from '../../i18n/translate';
import { mailtoUrl, whatsappUrl } from './share-links';

export const recommendationKinds = ['friend', 'colleague', 'short'] as const;

export interface Recommendation {
  id: (typeof recommendationKinds)[number];
  label: string;
  text: string;
  mailto: string;
  whatsapp: string;
}

/** A subtitle reads as its own sentence inside a message. */
function asSentence(text: string | undefined): string {
  const trimmed = text?.trim() ?? '';
  if (!trimmed) return '';
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Ready-made messages recommending the podcast, each with mail and WhatsApp links. */
export function recommendations(
  podcast: { title: string; subtitle?: string | undefined },
  siteUrl: string,
  t: Translate,
): Recommendation[] {
  const subject = t('recommend.subject', { podcast: podcast.title });
  return recommendationKinds.map((id) => {
    const text = t(`recommend.${id}.text`, { podcast: podcast.title, subtitle: asSentence(podcast.subtitle), url: siteUrl }).replace(
      / {2,}/g,
      ' ',
    );
    return { id, label: t(`recommend.${id}.label`), text, mailto: mailtoUrl(subject, text), whatsapp: whatsappUrl(text) };
  });
}
