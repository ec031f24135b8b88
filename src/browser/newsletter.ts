import { EMBED_TIMEOUT_SECONDS } from '../lib/consent';
import { isPlausibleEmail, readReply, type NewsletterSubmission } from '../lib/newsletter/submission';
import { onEveryPage, unhandled } from './page-life';

/**
 * The signup form with script: the address is checked before anything is
 * sent, a bot that fills the honeypot is dropped, and the visitor learns on
 * the page whether it worked, failed or cannot work offline. Where the
 * provider only takes a plain post, the form is posted once the provider is
 * known to be reachable, so nobody lands on the browser's error page.
 */

type Outcome = 'subscribed' | 'failed' | 'refused' | 'offline';

const timeout = () => AbortSignal.timeout(EMBED_TIMEOUT_SECONDS * 1000);

/** Whether the provider answers at all; `no-cors` asks without reading the answer, which no provider allows us to. */
async function reachable(action: string): Promise<boolean> {
  try {
    await fetch(action, { method: 'HEAD', mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: timeout() });
    return true;
  } catch {
    return false;
  }
}

async function sendWithFetch(form: HTMLFormElement, submission: Extract<NewsletterSubmission, { kind: 'fetch' }>): Promise<Outcome> {
  try {
    const body = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    const response = await fetch(submission.url, { method: 'POST', body, credentials: 'omit', signal: timeout() });
    const answer: unknown = await response.json().catch(() => undefined);
    return readReply(submission.reply, response.ok, answer);
  } catch {
    return 'failed';
  }
}

function setUp(form: HTMLFormElement): void {
  const email = form.querySelector<HTMLInputElement>('[data-newsletter-email]');
  const invalid = form.querySelector<HTMLElement>('[data-newsletter-invalid]');
  const section = form.closest('section');
  const sending = section?.querySelector<HTMLElement>('[data-newsletter-sending]');
  const outcomeBox = section?.querySelector<HTMLElement>('[data-newsletter-outcome]');
  if (!email || !invalid || !sending || !outcomeBox) return;
  const message = outcomeBox.querySelector<HTMLElement>('[data-newsletter-message]')!;
  const instead = outcomeBox.querySelector<HTMLElement>('[data-newsletter-instead]')!;
  const submission = JSON.parse(form.dataset.submission ?? '{"kind":"post"}') as NewsletterSubmission;
  const submitButton = form.querySelector<HTMLButtonElement>('button[type="submit"]');

  const check = () => {
    const plausible = email.value === '' || isPlausibleEmail(email.value);
    email.setCustomValidity(plausible ? '' : (form.dataset.invalid ?? ''));
    if (email.validity.valid) {
      invalid.hidden = true;
      email.removeAttribute('aria-invalid');
      email.removeAttribute('aria-describedby');
    }
  };
  email.addEventListener('input', check);
  // Our own message instead of the browser's bubble, which disappears and is not read out everywhere.
  email.addEventListener('invalid', (event) => {
    event.preventDefault();
    invalid.hidden = false;
    email.setAttribute('aria-invalid', 'true');
    email.setAttribute('aria-describedby', invalid.id);
    email.focus();
  });
  check();

  const show = (outcome: Outcome) => {
    sending.textContent = '';
    if (submitButton) submitButton.disabled = false;
    outcomeBox.dataset.outcome = outcome;
    message.textContent = outcomeBox.dataset[outcome] ?? '';
    instead.hidden = outcome === 'subscribed';
    outcomeBox.hidden = false;
    if (outcome === 'subscribed') form.hidden = true;
    message.focus();
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const trap = form.querySelector<HTMLInputElement>('[data-honeypot]');
    if (trap && trap.value !== '') return;
    outcomeBox.hidden = true;
    if (navigator.onLine === false) return show('offline');
    sending.textContent = sending.dataset.text ?? '';
    if (submitButton) submitButton.disabled = true;
    if (submission.kind === 'fetch') return show(await sendWithFetch(form, submission));
    if (!(await reachable(form.action))) return show('failed');
    form.submit();
  });
}

onEveryPage(() => unhandled<HTMLFormElement>('form[data-newsletter-form]').forEach(setUp));
