import { describe, expect, it } from 'vitest';
import { digestOf } from '../../src/lib/cache-digest';

const entry = (digest: string, body: string) => ({ id: 'folge-1', collection: 'episodes', digest, body, data: { title: 'Vertrauen' } });

describe('cache digests for incremental builds', () => {
  it('the same values give the same digest, build after build', () => {
    expect(digestOf({ title: 'Vertrauen', topics: ['it'] })).toBe(digestOf({ title: 'Vertrauen', topics: ['it'] }));
  });

  it('any changed value changes the digest', () => {
    expect(digestOf({ title: 'Vertrauen' })).not.toBe(digestOf({ title: 'Vertrauen!' }));
    expect(digestOf('settings', { page: 1 })).not.toBe(digestOf('settings', { page: 2 }));
  });

  it('a content entry counts by its own digest, so an edited transcript changes the key', () => {
    expect(digestOf({ episode: entry('a1', 'Text') })).not.toBe(digestOf({ episode: entry('b2', 'Text') }));
  });

  it('a content entry is not hashed twice over: its body does not enter the key beside its digest', () => {
    expect(digestOf({ episode: entry('a1', 'kurz') })).toBe(digestOf({ episode: entry('a1', 'ein viel längerer Text '.repeat(1000)) }));
  });
});
