import { describe, expect, it } from 'vitest';
import { collectTopics, hasTopic } from '../../src/lib/topics';

const episode = (...topics: string[]) => ({ data: { topics } });

describe('topics', () => {
  it('counts topics across episodes, most used first, then alphabetically', () => {
    expect(collectTopics([episode('Vertrauen', 'Projekte'), episode('Projekte'), episode('Äpfel')])).toEqual([
      { name: 'Projekte', slug: 'projekte', count: 2 },
      { name: 'Äpfel', slug: 'aepfel', count: 1 },
      { name: 'Vertrauen', slug: 'vertrauen', count: 1 },
    ]);
  });

  it('treats spellings with the same slug as one topic named as first written', () => {
    expect(collectTopics([episode('IT-Sicherheit'), episode('IT Sicherheit')])).toEqual([
      { name: 'IT-Sicherheit', slug: 'it-sicherheit', count: 2 },
    ]);
  });

  it('counts a topic listed twice in one episode once', () => {
    expect(collectTopics([episode('SLA', 'SLA')])[0]?.count).toBe(1);
  });

  it('matches an episode to a topic page by slug', () => {
    expect(hasTopic(episode('Remote-Arbeit'), 'remote-arbeit')).toBe(true);
    expect(hasTopic(episode('Remote-Arbeit'), 'remote')).toBe(false);
  });
});
