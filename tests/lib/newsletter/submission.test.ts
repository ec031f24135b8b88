import { describe, expect, it } from 'vitest';
import { isPlausibleEmail, newsletterSubmission, readReply } from '../../../src/lib/newsletter/submission';

describe('an address the newsletter can reach', () => {
  it.each([
    ['leserin@example.de'],
    ['oliver.hartmann+podcast@firma.de'],
    ['  hoerer@example.de  '],
    ['o@mueller-it.co.uk'],
    ['oliver@müller.de'],
    ['jörg@beispiel.de'],
    ["d'artagnan@example.fr"],
    ['info@xn--mller-kva.de'],
    ['a@b.info'],
  ])('accepts %j', (address) => {
    expect(isPlausibleEmail(address)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['oliver@firma', 'no top-level domain'],
    ['oliver@firma.', 'a dot but no top-level domain'],
    ['oliver@firma.d', 'a one-letter top-level domain'],
    ['oliver@firma.123', 'a numeric top-level domain'],
    ['oliver@@firma.de', 'two @'],
    ['@firma.de', 'no name before the @'],
    ['oliver.firma.de', 'no @'],
    ['o liver@firma.de', 'a space'],
    ['oliver@firma..de', 'an empty label'],
    ['oliver@-firma.de', 'a label starting with a hyphen'],
    ['.oliver@firma.de', 'a name starting with a dot'],
    ['oli..ver@firma.de', 'two dots in a row'],
    ['<script>@firma.de', 'angle brackets'],
    ['"oliver"@firma.de', 'a quoted name'],
    ['oliver@[192.168.0.1]', 'an IP address'],
    ['oliver@firma.de>', 'a trailing bracket'],
    [`${'a'.repeat(65)}@firma.de`, 'a name over 64 characters'],
    [`oliver@${'a'.repeat(250)}.de`, 'over 254 characters'],
    ['oliver@firma.de\u0000', 'a control character'],
  ])('refuses %j (%s)', (address) => {
    expect(isPlausibleEmail(address)).toBe(false);
  });
});

describe('how the form reaches the provider', () => {
  it('Brevo: fetch from the page, asking for the JSON answer', () => {
    expect(newsletterSubmission('brevo', 'https://f4c2a9e1.sibforms.com/serve/MUIFA')).toEqual({
      kind: 'fetch',
      url: 'https://f4c2a9e1.sibforms.com/serve/MUIFA?isAjax=1',
      reply: 'brevo',
    });
  });

  it.each([['mailchimp'], ['cleverreach'], ['kit'], ['buttondown'], ['listmonk'], ['custom']])(
    '%s: the plain form post, back through the thank-you page',
    (provider) => {
      expect(newsletterSubmission(provider, 'https://forms.example.de/subscribe')).toEqual({ kind: 'post' });
    },
  );

  it.each([
    [true, { success: true }, 'subscribed'],
    [true, { success: false, message: 'invalid' }, 'refused'],
    [true, { success: 'true' }, 'refused'],
    [false, { success: true }, 'refused'],
    [true, null, 'refused'],
    [true, '<html>', 'refused'],
  ] as const)('Brevo answering ok=%s with %j means %s', (ok, body, outcome) => {
    expect(readReply('brevo', ok, body)).toBe(outcome);
  });
});
