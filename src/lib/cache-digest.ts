import { createHash } from 'node:crypto';

interface ContentEntryLike {
  id: string;
  collection: string;
  digest: string;
}

function isContentEntry(value: unknown): value is ContentEntryLike {
  if (typeof value !== 'object' || value === null) return false;
  const { id, collection, digest } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof collection === 'string' && typeof digest === 'string';
}

/**
 * A short digest of any JSON-like values. A content entry counts by its
 * collection, id and the digest Astro computed over its data and body, so
 * hashing an episode does not mean hashing its 4,000-word transcript again.
 */
export function digestOf(...values: unknown[]): string {
  const json = JSON.stringify(values, (_key, value: unknown) =>
    isContentEntry(value) ? `${value.collection}/${value.id}@${value.digest}` : value,
  );
  return createHash('sha256').update(json).digest('base64url').slice(0, 32);
}
