import { describe, expect, it } from 'vitest';
import { mailchimpAudience } from '../../../src/lib/base/mailchimp';
import { newsletterForm, SITE_HONEYPOT_FIELD } from '../../../src/lib/newsletter/providers';
import { newsletterSchema } from '../../../src/schemas/newsletter';

const THANKS = 'https://klartext-it.example.de/denkanstoss/danke/';
const LIST_A = '6f1c2b1e-3a55-4c1e-9d0e-2f7f8b9a1c01';
const LIST_B = '0b7c4f5a-9e2d-4b8a-8c6d-1a2b3c4d5e6f';
const MAILCHIMP = 'https://example.us21.list-manage.com/subscribe/post?u=a1b2c3d4e5f6a7b8c9d0e1f2a&id=9f8e7d6c5b';

const form = (settings: Record<string, unknown>) => newsletterForm(newsletterSchema.parse(settings), THANKS);

describe('newsletter form per provider', () => {
  it.each([
    [
      'brevo',
      { provider: 'brevo', action: 'https://abc.sibforms.com/serve/MUIF' },
      'EMAIL',
      'email_address_check',
      [
        ['locale', 'de'],
        ['html_type', 'simple'],
      ],
    ],
    ['mailchimp', { provider: 'mailchimp', action: MAILCHIMP }, 'EMAIL', 'b_a1b2c3d4e5f6a7b8c9d0e1f2a_9f8e7d6c5b', []],
    [
      'cleverreach',
      { provider: 'cleverreach', action: 'https://eu2.cleverreach.com/f/123456-654321/wcs/' },
      'email',
      SITE_HONEYPOT_FIELD,
      [],
    ],
    ['kit', { provider: 'kit', action: 'https://app.kit.com/forms/1234567/subscriptions' }, 'email_address', SITE_HONEYPOT_FIELD, []],
    [
      'buttondown',
      { provider: 'buttondown', action: 'https://buttondown.com/api/emails/embed-subscribe/klartext' },
      'email',
      SITE_HONEYPOT_FIELD,
      [['embed', '1']],
    ],
    [
      'listmonk',
      { provider: 'listmonk', action: 'https://listen.example.de/subscription/form', lists: [LIST_A, LIST_B] },
      'email',
      'nonce',
      [
        ['l', LIST_A],
        ['l', LIST_B],
      ],
    ],
    ['custom', { provider: 'custom', action: 'https://forms.example.de/subscribe' }, 'email', SITE_HONEYPOT_FIELD, []],
  ])('%s posts the e-mail under the provider’s field names', (_name, settings, emailField, honeypotField, hiddenFields) => {
    const result = form(settings);
    expect(result.action).toBe(settings.action);
    expect(result.emailField).toBe(emailField);
    expect(result.honeypotField).toBe(honeypotField);
    expect(result.hiddenFields).toEqual(hiddenFields);
  });

  it('a custom endpoint can receive the thank-you address and use its own trap field', () => {
    const result = form({
      provider: 'custom',
      action: 'https://forms.example.de/subscribe',
      emailField: 'mail',
      honeypotField: 'hp',
      redirectField: 'redirect',
    });
    expect(result).toMatchObject({ emailField: 'mail', honeypotField: 'hp', hiddenFields: [['redirect', THANKS]] });
  });

  it('extra fields are sent along after the provider’s own', () => {
    const result = form({ provider: 'brevo', action: 'https://abc.sibforms.com/serve/MUIF', locale: 'en', fields: { SOURCE: 'website' } });
    expect(result.hiddenFields).toEqual([
      ['locale', 'en'],
      ['html_type', 'simple'],
      ['SOURCE', 'website'],
    ]);
  });

  it('an extra field that would overwrite the e-mail or the trap is refused by name', () => {
    expect(() => form({ provider: 'brevo', action: 'https://abc.sibforms.com/serve/MUIF', fields: { EMAIL: 'x@example.de' } })).toThrow(
      /newsletter\.fields\.EMAIL/,
    );
    expect(() =>
      form({ provider: 'listmonk', action: 'https://l.example.de/subscription/form', lists: [LIST_A], fields: { nonce: 'x' } }),
    ).toThrow(/newsletter\.fields\.nonce/);
  });
});

describe('newsletter settings that cannot work are refused with a clear message', () => {
  it.each([
    ['an unknown provider', { provider: 'substack', action: 'https://x.example.de/' }, /provider to be one of: brevo, mailchimp/],
    ['a javascript: action', { provider: 'brevo', action: 'javascript:alert(1)' }, /https:\/\//],
    ['a plain http action', { provider: 'kit', action: 'http://app.kit.com/forms/1/subscriptions' }, /https:\/\//],
    [
      'a Mailchimp address without u and id',
      { provider: 'mailchimp', action: 'https://example.us21.list-manage.com/subscribe/post' },
      /u=… and id=…/,
    ],
    [
      'a Mailchimp address with a script in u',
      { provider: 'mailchimp', action: 'https://x.list-manage.com/subscribe/post?u=<script>&id=abc123' },
      /u=… and id=…/,
    ],
    ['listmonk without lists', { provider: 'listmonk', action: 'https://l.example.de/subscription/form', lists: [] }, /at least one list/],
    [
      'listmonk with a list name instead of its UUID',
      { provider: 'listmonk', action: 'https://l.example.de/subscription/form', lists: ['Newsletter'] },
      /UUID/,
    ],
    [
      'a field name that breaks out of the attribute',
      { provider: 'custom', action: 'https://f.example.de/', emailField: 'email" onfocus="alert(1)' },
      /form field name/,
    ],
    ['an extra field with an empty name', { provider: 'custom', action: 'https://f.example.de/', fields: { '': 'x' } }, /form field name/],
    [
      'a Brevo locale that is not a language code',
      { provider: 'brevo', action: 'https://abc.sibforms.com/serve/MUIF', locale: 'deutsch' },
      /two-letter/,
    ],
  ])('%s', (_name, settings, message) => {
    const result = newsletterSchema.safeParse(settings);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toMatch(message);
  });
});

describe('Mailchimp audience from the form address', () => {
  it.each([
    [MAILCHIMP, { u: 'a1b2c3d4e5f6a7b8c9d0e1f2a', id: '9f8e7d6c5b' }],
    [`${MAILCHIMP}&f_id=00abcd`, { u: 'a1b2c3d4e5f6a7b8c9d0e1f2a', id: '9f8e7d6c5b' }],
    ['https://x.list-manage.com/subscribe/post?u=abc123', undefined],
    ['https://x.list-manage.com/subscribe/post?u=abc123&id=%22%3E', undefined],
    ['not a url', undefined],
    ['', undefined],
  ])('%s', (action, expected) => {
    expect(mailchimpAudience(action)).toEqual(expected);
  });
});
