import { onEveryPage, unhandled } from './page-life';
import { showBriefly } from './transient';

/**
 * Copy buttons. Without script they stay hidden and the text beside them is
 * there to select by hand; where the clipboard is out of reach (an insecure
 * page, a refused permission) the click selects the text for the visitor.
 */
function textOf(field: HTMLElement): string {
  return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : (field.textContent ?? '');
}

function select(field: HTMLElement): void {
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
    field.focus();
    field.select();
  } else {
    getSelection()?.selectAllChildren(field);
  }
}

function setUp(button: HTMLButtonElement): void {
  const field = document.getElementById(button.dataset.copyFrom ?? '');
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  if (!field || !status) return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(textOf(field));
      showBriefly(status, status.dataset.done ?? '');
    } catch {
      select(field);
      showBriefly(status, status.dataset.failed ?? '');
    }
  });
}

onEveryPage(() => unhandled<HTMLButtonElement>('button[data-copy-from]').forEach(setUp));
