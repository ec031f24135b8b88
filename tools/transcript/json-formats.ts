import { problemAt, type Cue } from './cues.ts';
import { arrayElementLines, describeValue, isRecord } from './json-source.ts';
import { joinLines } from './text.ts';

/**
 * The JSON transcripts of Podcasting 2.0 (also this site's `transcript.json`),
 * OpenAI Whisper, whisper.cpp and WhisperX. Their text is plain, so it is
 * kept as it is but for line breaks and white space.
 * @see https://github.com/Podcastindex-org/podcast-namespace/blob/main/transcripts/transcripts.md#json
 */

export type JsonTranscriptFormat = 'podcasting20-json' | 'whisper-json' | 'whisper-cpp-json' | 'whisperx-json';

const hasKeys = (value: unknown, ...keys: string[]) => isRecord(value) && keys.every((key) => key in value);

/** Which JSON transcript this is, by its shape; `undefined` for any other JSON. */
export function jsonTranscriptFormat(data: unknown): JsonTranscriptFormat | undefined {
  if (!isRecord(data)) return undefined;
  if (
    Array.isArray(data.transcription) &&
    data.transcription.some((item) => hasKeys(item, 'text') && (hasKeys(item, 'offsets') || hasKeys(item, 'timestamps')))
  ) {
    return 'whisper-cpp-json';
  }
  if (!Array.isArray(data.segments)) return undefined;
  const segments: unknown[] = data.segments;
  if (segments.some((segment) => hasKeys(segment, 'startTime') || hasKeys(segment, 'body'))) return 'podcasting20-json';
  if (segments.length === 0 || segments.some((segment) => hasKeys(segment, 'start', 'text'))) {
    return 'word_segments' in data || segments.some((segment) => hasKeys(segment, 'speaker')) ? 'whisperx-json' : 'whisper-json';
  }
  return undefined;
}

function seconds(value: unknown, where: string, line: number | undefined): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  throw problemAt(line, `${where}: expected seconds as a number, found ${describeValue(value)}`);
}

function text(value: unknown, where: string, line: number | undefined): string {
  if (typeof value === 'string') return joinLines(value.split(/\r\n|[\r\n]/));
  throw problemAt(line, `${where}: expected text, found ${describeValue(value)}`);
}

function speaker(value: unknown, where: string, line: number | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value).replace(/\s+/g, ' ').trim() || undefined;
  throw problemAt(line, `${where}: expected a name, found ${describeValue(value)}`);
}

function optionalSeconds(value: unknown, where: string, line: number | undefined): number | undefined {
  return value === undefined || value === null ? undefined : seconds(value, where, line);
}

/** Segments name their speaker one by one; a segment without one has none (the site writes its own JSON that way). */
function podcastingCues(data: Record<string, unknown>, lines: readonly number[]): Cue[] {
  return (data.segments as unknown[]).map((segment, index) => {
    const line = lines[index];
    const where = `segments[${index}]`;
    if (!isRecord(segment)) throw problemAt(line, `${where}: expected an object with startTime and body, found ${describeValue(segment)}`);
    return {
      start: seconds(segment.startTime, `${where}.startTime`, line),
      end: optionalSeconds(segment.endTime, `${where}.endTime`, line),
      speaker: speaker(segment.speaker, `${where}.speaker`, line),
      text: text(segment.body ?? '', `${where}.body`, line),
      line: line ?? 1,
    };
  });
}

/** WhisperX leaves a segment without a speaker when diarization found none for it; it goes on with the one before. */
function whisperCues(data: Record<string, unknown>, lines: readonly number[]): Cue[] {
  let current: string | undefined;
  return (data.segments as unknown[]).map((segment, index) => {
    const line = lines[index];
    const where = `segments[${index}]`;
    if (!isRecord(segment)) throw problemAt(line, `${where}: expected an object with start, end and text, found ${describeValue(segment)}`);
    current = speaker(segment.speaker, `${where}.speaker`, line) ?? current;
    return {
      start: seconds(segment.start, `${where}.start`, line),
      end: optionalSeconds(segment.end, `${where}.end`, line),
      speaker: current,
      text: text(segment.text, `${where}.text`, line),
      line: line ?? 1,
    };
  });
}

/** whisper.cpp's tokens when printed with `--print-special`, and its marker for silence. */
const WHISPER_CPP_SPECIAL = /\[_[A-Z]+_?\d*\]|^\s*\[BLANK_AUDIO\]\s*$/g;

/** `00:01:02,500` as whisper.cpp writes `timestamps.from`. */
function whisperCppTimestamp(value: unknown, where: string, line: number | undefined): number {
  const match = typeof value === 'string' ? /^(\d+):(\d{2}):(\d{2})[.,](\d{3})$/.exec(value) : null;
  if (!match) throw problemAt(line, `${where}: expected a time like "00:01:02,500", found ${describeValue(value)}`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) + Number(match[4]) / 1000;
}

/**
 * whisper.cpp (`-oj`): times in milliseconds (`offsets`), or as text
 * (`timestamps`). With stereo diarization (`-di`) a segment names speaker
 * `0` or `1` (`?` when unsure, which goes on with the one before); with
 * tinydiarize (`-tdrz`) `speaker_turn_next` marks where someone else starts.
 * @see https://github.com/ggml-org/whisper.cpp/tree/master/examples/cli
 */
function whisperCppCues(data: Record<string, unknown>, lines: readonly number[]): Cue[] {
  let current: string | undefined;
  let turn = false;
  return (data.transcription as unknown[]).map((item, index) => {
    const line = lines[index];
    const where = `transcription[${index}]`;
    if (!isRecord(item)) throw problemAt(line, `${where}: expected an object with offsets and text, found ${describeValue(item)}`);
    const offsets = isRecord(item.offsets) ? item.offsets : undefined;
    const stamps = isRecord(item.timestamps) ? item.timestamps : undefined;
    const start = offsets
      ? seconds(offsets.from, `${where}.offsets.from`, line) / 1000
      : whisperCppTimestamp(stamps?.from, `${where}.timestamps.from`, line);
    const end = offsets
      ? seconds(offsets.to, `${where}.offsets.to`, line) / 1000
      : stamps?.to === undefined
        ? undefined
        : whisperCppTimestamp(stamps.to, `${where}.timestamps.to`, line);
    const named = speaker(item.speaker, `${where}.speaker`, line);
    if (named !== undefined && named !== '?') current = named;
    const cue: Cue = {
      start,
      end,
      speaker: current,
      text: text(item.text, `${where}.text`, line).replace(WHISPER_CPP_SPECIAL, '').trim(),
      line: line ?? 1,
      breakBefore: turn,
    };
    turn = item.speaker_turn_next === true;
    return cue;
  });
}

/** The cues of a JSON transcript of a known format, each with the line its segment starts on. */
export function readJsonTranscript(source: string, data: unknown, format: JsonTranscriptFormat): Cue[] {
  const record = data as Record<string, unknown>;
  if (format === 'whisper-cpp-json') return whisperCppCues(record, arrayElementLines(source, 'transcription'));
  const lines = arrayElementLines(source, 'segments');
  return format === 'podcasting20-json' ? podcastingCues(record, lines) : whisperCues(record, lines);
}
