/**
 * Which system a visitor's browser runs on, so the subscribe options that suit
 * it come first. Browser code imports this without the settings schema.
 */

/** What a visitor's device can be told apart as; desktop covers every other browser. */
export const visitorPlatforms = ['ios', 'android', 'desktop'] as const;
export type VisitorPlatform = (typeof visitorPlatforms)[number];

/**
 * Options for the visitor's system first, otherwise in the given order; the
 * page renders the given order, so visitors without script still see every option.
 */
export function orderForPlatform<T extends { systems: readonly VisitorPlatform[] }>(
  options: readonly T[],
  platform: VisitorPlatform | undefined,
): T[] {
  if (!platform) return [...options];
  return [
    ...options.filter((option) => option.systems.includes(platform)),
    ...options.filter((option) => !option.systems.includes(platform)),
  ];
}

/**
 * The visitor's system from the browser's user agent. iPadOS reports itself as a
 * Mac; a touch screen tells it apart.
 */
export function detectPlatform(userAgent: string, maxTouchPoints = 0): VisitorPlatform | undefined {
  if (!userAgent.trim()) return undefined;
  if (/\b(iPhone|iPad|iPod)\b/.test(userAgent)) return 'ios';
  if (/\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1) return 'ios';
  if (/\bAndroid\b/.test(userAgent)) return 'android';
  return 'desktop';
}
