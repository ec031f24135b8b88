import { onEveryPage, unhandled } from './page-life';

/**
 * The honeypot: a field people never see. A filled one means a bot filled the
 * form, so the post is dropped here; providers with their own trap field drop it too.
 */
onEveryPage(() =>
  unhandled<HTMLFormElement>('form[data-newsletter-form]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      const trap = form.querySelector<HTMLInputElement>('[data-honeypot]');
      if (trap && trap.value !== '') event.preventDefault();
    });
  }),
);
