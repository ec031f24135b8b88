import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translate';
import { recommendations } from '../../../src/lib/sharing/recommend';

const t = createTranslator('de');
const url = 'https://klartext-it.example.de/';

describe('ready-made recommendations', () => {
  it('offers a message for friends, one for colleagues and a short one, each with the site address', () => {
    const messages = recommendations({ title: 'Klartext IT', subtitle: 'Der Podcast über IT und Fachbereich' }, url, t);
    expect(messages.map(({ id }) => id)).toEqual(['friend', 'colleague', 'short']);
    for (const { text, label } of messages) {
      expect(text).toContain(url);
      expect(text).toContain('Klartext IT');
      expect(label).not.toBe('');
    }
    expect(messages[0]!.text).toContain('Der Podcast über IT und Fachbereich. ');
  });

  it('mail and WhatsApp links carry the exact text, umlauts and all', () => {
    const [friend] = recommendations({ title: 'Grüße & Co', subtitle: 'Über Öl, Äpfel und 🎧!' }, url, t);
    expect(new URLSearchParams(friend!.mailto.split('?')[1]).get('body')).toBe(friend!.text);
    expect(new URLSearchParams(friend!.mailto.split('?')[1]).get('subject')).toBe('Ein Podcast-Tipp für dich: Grüße & Co');
    expect(new URLSearchParams(friend!.whatsapp.split('?')[1]).get('text')).toBe(friend!.text);
    expect(friend!.text).toContain('Über Öl, Äpfel und 🎧! ');
  });

  it('reads well without a subtitle', () => {
    const [friend] = recommendations({ title: 'Klartext IT' }, url, t);
    expect(friend!.text).not.toMatch(/ {2}|\. \./);
  });
});
