/** How long a confirmation ("Kopiert!") stays; long enough to read twice, short enough not to linger. */
export const MESSAGE_SECONDS = 5;

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** Shows `text` in a status element and clears it again, so no confirmation outlives the moment it belongs to. */
export function showBriefly(status: HTMLElement, text: string, seconds = MESSAGE_SECONDS): void {
  clearTimeout(timers.get(status));
  status.textContent = text;
  timers.set(
    status,
    setTimeout(() => (status.textContent = ''), seconds * 1000),
  );
}
