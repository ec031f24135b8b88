import { Document, isMap, isScalar, type YAMLMap } from 'yaml';
import type { z } from 'astro/zod';
import { slugify, uniqueSlug } from '../src/lib/base/slug.ts';

/**
 * The file `npm run new` writes: a draft with the next number and today's date,
 * every field explained by the schema's own `.describe()` text, so the template
 * and the schema never disagree.
 */

export interface FieldDoc {
  key: string;
  description: string;
  required: boolean;
  /** The schema's default, for optional fields that have one. */
  defaultValue?: unknown;
  children: FieldDoc[];
  /** Fields of each entry, for lists of objects such as links and guests. */
  entryFields: FieldDoc[];
}

type AnySchema = z.ZodType & { description?: string; shape?: Record<string, z.ZodType>; unwrap?: () => z.ZodType; def: { type: string } };

const WRAPPERS = new Set(['optional', 'default', 'nullable']);

function unwrapped(schema: AnySchema): AnySchema {
  return WRAPPERS.has(schema.def.type) && schema.unwrap ? unwrapped(schema.unwrap() as AnySchema) : schema;
}

function shapeOf(schema: AnySchema): Record<string, z.ZodType> | undefined {
  return unwrapped(schema).shape;
}

function entryShapeOf(schema: AnySchema): z.ZodType | undefined {
  const inner = unwrapped(schema);
  return inner.def.type === 'array' && inner.unwrap ? inner.unwrap() : undefined;
}

/** Field names, descriptions and defaults of an object schema, nested objects included. */
export function fieldDocs(schema: z.ZodType): FieldDoc[] {
  return Object.entries(shapeOf(schema as AnySchema) ?? {}).map(([key, field]) => {
    const probe = field.safeParse(undefined);
    return {
      key,
      description: (field as AnySchema).description ?? '',
      required: !probe.success,
      ...(probe.success && probe.data !== undefined ? { defaultValue: probe.data } : {}),
      children: fieldDocs(field),
      entryFields: entryShapeOf(field as AnySchema) ? fieldDocs(entryShapeOf(field as AnySchema)!) : [],
    };
  });
}

/** The next free episode number after the highest one in use. */
export function nextEpisodeNumber(numbers: readonly unknown[]): number {
  return Math.max(0, ...numbers.filter((n): n is number => typeof n === 'number' && Number.isInteger(n))) + 1;
}

/** `012-titel-der-folge`, numbered like the demo episodes so files sort in order. */
export function episodeFileSlug(number: number, title: string, taken: ReadonlySet<string> = new Set()): string {
  return uniqueSlug([String(number).padStart(3, '0'), slugify(title)].filter(Boolean).join('-'), taken);
}

function comment(lines: string[]): string {
  return lines.map((line) => ` ${line}`).join('\n');
}

function entryLines(doc: FieldDoc): string[] {
  return doc.entryFields.map((entry) => `  - ${entry.key}${entry.required ? '' : ' (optional)'}: ${entry.description}`);
}

function optionalHint(doc: FieldDoc): string[] {
  const children = doc.children.map((child) => `  ${child.key}${child.required ? '' : ' (optional)'}: ${child.description}`);
  return [`${doc.key} (optional): ${doc.description}`, ...children, ...entryLines(doc)];
}

/** Puts each field's description above it; optional fields without a value are listed where they belong. */
function annotate(map: YAMLMap, docs: readonly FieldDoc[]): string[] {
  let pending: string[] = [];
  for (const doc of docs) {
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === doc.key);
    if (!pair || !isScalar(pair.key)) {
      pending.push(...optionalHint(doc));
      continue;
    }
    pair.key.commentBefore = comment([
      ...pending,
      doc.description,
      ...(doc.entryFields.length ? ['Each entry has:', ...entryLines(doc)] : []),
    ]);
    pending = [];
    if (isMap(pair.value) && doc.children.length) {
      const rest = annotate(pair.value, doc.children);
      if (rest.length) pair.value.comment = comment(rest);
    }
  }
  return pending;
}

export interface TemplateInput {
  title: string;
  number: number;
  /** Berlin calendar day, `2024-05-02`. */
  day: string;
  slug: string;
  docs: readonly FieldDoc[];
}

const PLACEHOLDER_SUMMARY = 'Worum geht es in dieser Folge? Ein bis drei Sätze, ohne Formatierung.';

export function episodeTemplate({ title, number, day, slug, docs }: TemplateInput): string {
  const values: Record<string, unknown> = {
    title,
    episode: number,
    published: day,
    summary: PLACEHOLDER_SUMMARY,
    audio: { url: `/audio/${slug}.mp3` },
  };
  for (const doc of docs) {
    if (!(doc.key in values) && doc.defaultValue !== undefined) values[doc.key] = doc.defaultValue;
  }
  values.draft = true;
  const ordered = Object.fromEntries(docs.filter((doc) => doc.key in values).map((doc) => [doc.key, values[doc.key]]));
  const document = new Document(ordered);
  document.commentBefore = comment(['New episode: a draft until you set draft: false. Every field is explained above it.']);
  if (isMap(document.contents)) {
    const rest = annotate(document.contents, docs);
    if (rest.length) document.comment = comment(rest);
  }
  return `---\n${document.toString({ lineWidth: 0 }).trimEnd()}\n---\n\nShownotes und Transkript hier.\n`;
}
