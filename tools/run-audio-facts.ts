import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Document } from 'yaml';
import { readAudioFacts } from '../src/lib/audio-facts.ts';
import { formatClock } from '../src/lib/base/duration.ts';

/**
 * Prints an audio file's facts as the `audio:` block of an episode file, read by
 * the same code the build uses for local audio.
 */
export async function runAudioFacts({
  args,
  log = console.log,
}: {
  args: readonly string[];
  log?: (line: string) => void;
}): Promise<number> {
  if (args.length !== 1) {
    log('Usage: npm run audio -- <audio file>');
    return 2;
  }
  const path = resolve(args[0]!);
  if (!existsSync(path)) {
    log(`${args[0]}: no such file.`);
    return 1;
  }
  try {
    const { bytes, type, duration } = await readAudioFacts(path);
    const audio = {
      bytes,
      type,
      ...(duration === undefined ? {} : { duration: formatClock(Math.round(duration), { alwaysHours: true }) }),
    };
    log(new Document({ audio }).toString().trimEnd());
    if (duration === undefined) log('# the duration could not be read; write it as hh:mm:ss');
    return 0;
  } catch (error) {
    log(`${args[0]}: could not be read as audio (${(error as Error).message}).`);
    return 1;
  }
}
