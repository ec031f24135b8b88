import { describe, expect, it } from 'vitest';
import { withheldPublicFiles } from '../../build/withhold-unpublished';

const now = new Date('2025-01-01T00:00:00Z');
const episode = (audio: string, { draft = false, published = new Date('2024-05-02') } = {}) => ({
  draft,
  published,
  audio: { url: audio, type: 'audio/mpeg' as const },
});

describe('withheld files', () => {
  it('withholds files only unpublished episodes use, never one a published episode shares', () => {
    const episodes = [
      episode('/audio/draft.mp3', { draft: true }),
      episode('/audio/shared.mp3', { published: new Date('2999-01-01') }),
      episode('/audio/shared.mp3'),
      episode('/audio/live.mp3'),
    ];
    expect(withheldPublicFiles(episodes, now)).toEqual(['/audio/draft.mp3']);
  });
});
