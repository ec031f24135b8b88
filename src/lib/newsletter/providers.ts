import { mailchimpAudience } from '../base/mailchimp';
import type { NewsletterProvider, NewsletterSettings } from '../../schemas/newsletter';

/**
 * Maps the newsletter settings to the plain HTML form each provider accepts.
 * No provider script runs on the site: the browser posts the form, the provider
 * sends the double-opt-in e-mail (required in Germany, BGH I ZR 164/09).
 */

export interface NewsletterForm {
  provider: NewsletterProvider;
  /** Name of the provider as visitors know it, for the consent text and the privacy page. */
  providerName: string;
  action: string;
  emailField: string;
  /** Field that must arrive empty; the provider's own bot trap where it has one. */
  honeypotField: string;
  hiddenFields: Array<[name: string, value: string]>;
}

export const providerNames: Record<NewsletterProvider, string> = {
  brevo: 'Brevo',
  mailchimp: 'Mailchimp',
  cleverreach: 'CleverReach',
  kit: 'Kit',
  buttondown: 'Buttondown',
  listmonk: 'listmonk',
  custom: 'Newsletter-Dienst',
};

/** Field names each provider's own embed code uses. */
const defaultEmailField: Record<NewsletterProvider, string> = {
  brevo: 'EMAIL',
  mailchimp: 'EMAIL',
  cleverreach: 'email',
  kit: 'email_address',
  buttondown: 'email',
  listmonk: 'email',
  custom: 'email',
};

/** Our own trap for providers without one: the form script drops the post when it is filled. */
export const SITE_HONEYPOT_FIELD = 'website';

function providerSpecific(
  settings: NewsletterSettings,
  thankYouUrl: string,
): { honeypotField: string; hiddenFields: Array<[string, string]> } {
  switch (settings.provider) {
    case 'brevo':
      // Brevo's hosted form rejects posts whose email_address_check is filled.
      return {
        honeypotField: 'email_address_check',
        hiddenFields: [
          ['locale', settings.locale],
          ['html_type', 'simple'],
        ],
      };
    case 'mailchimp': {
      const audience = mailchimpAudience(settings.action);
      if (!audience)
        throw new Error(`newsletter.action: expected the Mailchimp form address with u=… and id=… (found "${settings.action}")`);
      return { honeypotField: `b_${audience.u}_${audience.id}`, hiddenFields: [] };
    }
    case 'listmonk':
      // listmonk's public form ignores posts with a filled "nonce"; "l" may repeat, once per list.
      return { honeypotField: 'nonce', hiddenFields: settings.lists.map((uuid): [string, string] => ['l', uuid]) };
    case 'buttondown':
      return { honeypotField: SITE_HONEYPOT_FIELD, hiddenFields: [['embed', '1']] };
    case 'custom':
      return {
        honeypotField: settings.honeypotField ?? SITE_HONEYPOT_FIELD,
        hiddenFields: settings.redirectField ? [[settings.redirectField, thankYouUrl]] : [],
      };
    case 'cleverreach':
    case 'kit':
      return { honeypotField: SITE_HONEYPOT_FIELD, hiddenFields: [] };
  }
}

/** The form for the configured provider; `thankYouUrl` is the absolute address of /denkanstoss/danke/. */
export function newsletterForm(settings: NewsletterSettings, thankYouUrl: string): NewsletterForm {
  const { honeypotField, hiddenFields } = providerSpecific(settings, thankYouUrl);
  const emailField = settings.emailField ?? defaultEmailField[settings.provider];
  const taken = new Set([emailField, honeypotField, ...hiddenFields.map(([name]) => name)]);
  const extra = Object.entries(settings.fields);
  const clash = extra.find(([name]) => taken.has(name));
  if (clash) {
    throw new Error(
      `content/settings.yaml: newsletter.fields.${clash[0]}: this field is already filled by the form for ${providerNames[settings.provider]}; remove it or give it another name`,
    );
  }
  return {
    provider: settings.provider,
    providerName: providerNames[settings.provider],
    action: settings.action,
    emailField,
    honeypotField,
    hiddenFields: [...hiddenFields, ...extra],
  };
}
