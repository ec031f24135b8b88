import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { settingsSchema, type SiteSettings } from '../schemas/settings';
import { describeIssues } from './validation-message';

export const SETTINGS_FILE = 'content/settings.yaml';

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Reads and validates the settings file; any problem names the file and the field. */
export function loadSettings(root: string = process.cwd(), file: string = SETTINGS_FILE): SiteSettings {
  const path = resolve(root, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SettingsError(`${file}: the settings file is missing; copy the one from the demo and adapt it.`);
  }
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new SettingsError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const result = settingsSchema.safeParse(raw ?? {});
  if (!result.success) {
    throw new SettingsError(`Invalid podcast settings:\n${describeIssues(file, result.error.issues, raw)}`);
  }
  return result.data;
}

let cached: SiteSettings | undefined;

/** The site's settings, read once per build. */
export function getSettings(): SiteSettings {
  cached ??= loadSettings();
  return cached;
}
