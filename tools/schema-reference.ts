import { z } from 'astro/zod';

/**
 * The README's frontmatter and settings tables, generated from the zod schemas
 * so the documentation can never drift from what the build accepts.
 */

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  default?: unknown;
  format?: string;
}

export interface ReferenceRow {
  field: string;
  type: string;
  required: boolean;
  default: string;
  description: string;
}

function typeLabel(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((value) => `\`${String(value)}\``).join(' \\| ');
  if (schema.anyOf) return schema.anyOf.map((option) => (Object.keys(option).length === 0 ? 'date' : typeLabel(option))).join(' or ');
  if (schema.type === 'array') return `list of ${schema.items ? pluralLabel(schema.items) : 'values'}`;
  if (Array.isArray(schema.type))
    return schema.type.map((type) => (type === 'number' ? 'seconds' : type === 'string' ? 'text' : type)).join(' or ');
  if (schema.format === 'uri') return 'URL';
  if (schema.format === 'email') return 'e-mail';
  if (schema.format === 'uuid') return 'UUID';
  switch (schema.type) {
    case 'string':
      return 'text';
    case 'integer':
      return 'whole number';
    case 'object':
      return 'group';
    default:
      return schema.type ?? 'any';
  }
}

function pluralLabel(schema: JsonSchema): string {
  const label = typeLabel(schema);
  return label === 'group' ? 'entries' : label;
}

function walk(schema: JsonSchema, prefix: string, rows: ReferenceRow[], parentRequired: boolean) {
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const field = `${prefix}${name}`;
    const required = parentRequired && (schema.required ?? []).includes(name) && property.default === undefined;
    rows.push({
      field,
      type: typeLabel(property),
      required,
      default:
        property.default === undefined ||
        (Array.isArray(property.default) && property.default.length === 0) ||
        (typeof property.default === 'object' && property.default !== null && Object.keys(property.default).length === 0)
          ? ''
          : `\`${JSON.stringify(property.default)}\``,
      description: property.description ?? '',
    });
    if (property.type === 'object') walk(property, `${field}.`, rows, required);
    if (property.type === 'array' && property.items?.type === 'object') walk(property.items, `${field}[].`, rows, true);
  }
}

export function referenceRows(schema: z.ZodType): ReferenceRow[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const rows: ReferenceRow[] = [];
  walk(json, '', rows, true);
  return rows;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function referenceTable(schema: z.ZodType): string {
  const lines = ['| Field | Type | Required | Default | Meaning |', '| --- | --- | --- | --- | --- |'];
  for (const row of referenceRows(schema)) {
    lines.push(
      `| \`${row.field}\` | ${row.type.includes('\\|') ? row.type : cell(row.type)} | ${row.required ? 'yes' : ''} | ${row.default} | ${cell(row.description)} |`,
    );
  }
  return lines.join('\n');
}

/** Replaces the text between `<!-- reference:NAME:start -->` and `…:end -->`. */
export function replaceReferenceBlock(document: string, name: string, content: string): string {
  const start = `<!-- reference:${name}:start -->`;
  const end = `<!-- reference:${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
  return `${document.slice(0, from + start.length)}\n${content}\n${document.slice(to)}`;
}
