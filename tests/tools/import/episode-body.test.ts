import { describe, expect, it } from 'vitest';
import { checkTimes } from '../../../src/lib/transcript/check-times';
import { readEpisodeBody } from '../../../src/lib/transcript/episode-body';
import { episodeBody, readTranscript, transcriptsByPreference, usableChapters } from '../../../tools/import/episode-body';

/** The body as the build reads and checks it: no problem may stop the build. */
function buildProblems(body: string, duration: number) {
  const reading = readEpisodeBody(body);
  return [...reading.problems, ...checkTimes(reading, duration)];
}

const VTT = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Ana>Hallo und willkommen.

00:00:04.500 --> 00:00:08.000
<v Ana>Heute geht es um Kaffee.

00:01:00.000 --> 00:01:05.000
<v Ben>Und um Tee, mit *Sternchen* und [Klammern].
`;

describe('chapters an imported episode can keep', () => {
  it.each([
    [
      'out of order',
      [
        { start: 60, title: 'B' },
        { start: 0, title: 'A' },
      ],
      [
        { start: 0, title: 'A' },
        { start: 60, title: 'B' },
      ],
      [],
    ],
    [
      'two in one second',
      [
        { start: 10.2, title: 'A' },
        { start: 10.9, title: 'B' },
      ],
      [{ start: 10, title: 'A' }],
      ['"B" at 00:00:10 starts in the same second as "A"'],
    ],
    [
      'after the end of the audio',
      [
        { start: 0, title: 'A' },
        { start: 1800, title: 'Zu spät' },
      ],
      [{ start: 0, title: 'A' }],
      ['"Zu spät" at 00:30:00 starts after the end of the audio'],
    ],
  ])('%s', (_, chapters, kept, left) => {
    expect(usableChapters(chapters, 1800)).toEqual({ chapters: kept, left });
  });
});

describe('transcripts of the old host', () => {
  it('are tried with speakers and times first', () => {
    const files = ['text/html', 'application/pdf', 'application/x-subrip', 'text/vtt', 'application/json'].map((type) => ({
      url: `https://old.example/${type}`,
      type,
    }));
    expect(transcriptsByPreference(files).map(({ type }) => type)).toEqual([
      'application/json',
      'text/vtt',
      'application/x-subrip',
      'text/html',
      'application/pdf',
    ]);
  });

  it('a file that does not fit the audio is no transcript, with the reason', () => {
    const reading = readTranscript(VTT, { url: 'https://old.example/t.vtt', type: 'text/vtt' }, { duration: 30, knownSpeakers: [] });
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.reason).toMatch(/https:\/\/old\.example\/t\.vtt.*after the end of the audio/);
  });
});

describe('the body of an imported episode', () => {
  const chapters = [
    { start: 0, title: 'Begrüßung' },
    { start: 60, title: 'Tee <b>&</b> mehr' },
  ];

  it('is the notes and the chapters when there is no transcript', () => {
    const body = episodeBody({ notes: 'Notizen.', chapters, transcriptHeading: 'Transkript' });
    expect(body).toBe('Notizen.\n\n## Begrüßung [00:00:00]\n\n## Tee \\<b\\>&\\</b\\> mehr [00:01:00]');
    expect(buildProblems(body, 120)).toEqual([]);
  });

  it('puts the chapters into the transcript where they start, under its heading', () => {
    const reading = readTranscript(VTT, { url: 'https://old.example/t.vtt', type: 'text/vtt' }, { duration: 120, knownSpeakers: [] });
    if (!reading.ok) throw new Error(reading.reason);
    const body = episodeBody({ notes: 'Notizen.', chapters, transcript: reading.transcript, transcriptHeading: 'Transkript' });
    expect(body).toBe(
      [
        'Notizen.',
        '## Transkript',
        '## Begrüßung [00:00:00]',
        '[00:00:01] **Ana:** Hallo und willkommen. Heute geht es um Kaffee.',
        '## Tee \\<b\\>&\\</b\\> mehr [00:01:00]',
        '[00:01:00] **Ben:** Und um Tee, mit \\*Sternchen\\* und \\[Klammern\\].',
      ].join('\n\n'),
    );
    expect(buildProblems(body, 120)).toEqual([]);
    expect(
      readEpisodeBody(body)
        .paragraphs.filter(({ start }) => start !== undefined)
        .map(({ start, speaker }) => [start, speaker]),
    ).toEqual([
      [1, 'Ana'],
      [60, 'Ben'],
    ]);
  });
});
