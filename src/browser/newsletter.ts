/**
 * The honeypot: a field people never see. A filled one means a bot filled the
 * form, so the post is dropped here; providers with their own trap field drop it too.
 */
document.querySelectorAll<HTMLFormElement>('form[data-newsletter-form]').forEach((form) => {
  form.addEventListener('submit', (event) => {
    const trap = form.querySelector<HTMLInputElement>('[data-honeypot]');
    if (trap && trap.value !== '') event.preventDefault();
  });
});
