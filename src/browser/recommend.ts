import { mailtoUrl, whatsappUrl } from '../lib/sharing/share-links';
import { onEveryPage, unhandled } from './page-life';

/**
 * A visitor who edits a recommendation sends the edited text. Without this
 * script the links carry the text as written, so the field is there to read and copy.
 */
function setUp(section: HTMLElement): void {
  const field = section.querySelector('textarea');
  const email = section.querySelector<HTMLAnchorElement>('[data-recommend-link="email"]');
  const whatsapp = section.querySelector<HTMLAnchorElement>('[data-recommend-link="whatsapp"]');
  if (!field || !email || !whatsapp) return;
  field.readOnly = false;
  field.addEventListener('input', () => {
    email.href = mailtoUrl(section.dataset.subject ?? '', field.value);
    whatsapp.href = whatsappUrl(field.value);
  });
}

onEveryPage(() => unhandled<HTMLElement>('[data-recommendation]').forEach(setUp));
