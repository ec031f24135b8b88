export interface Page<T> {
  items: T[];
  current: number;
  last: number;
}

/** Splits a list into numbered pages (1-based); an empty list still has one page. */
export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
  const last = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: last }, (_, index) => ({
    items: items.slice(index * perPage, (index + 1) * perPage),
    current: index + 1,
    last,
  }));
}
