import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { CalEmbedConfig } from '../../src/lib/booking.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/**
 * What one built page needs its Content-Security-Policy to allow, read from
 * the page itself, so the policy always fits what ships.
 */
export interface PageNeeds {
  /** `'sha256-…'` of each inline script the browser runs. */
  scriptHashes: string[];
  /** `'sha256-…'` of each inline `<style>` element. */
  styleHashes: string[];
  /** `'sha256-…'` of each `style="…"` attribute (content may hold them). */
  styleAttributeHashes: string[];
  /** Origins of players that load only after consent, from `<template data-consent-template>`. */
  consentFrames: string[];
  /** Cal.com embeds (inline or popup) the page can start after consent. */
  calendars: { origin: string; embedScript: string }[];
  /** Other sites that forms send to, such as the newsletter provider: posted, or sent by the page's script. */
  formTargets: string[];
  /** Other sites audio or video is played from. */
  mediaOrigins: string[];
}

/** Script types a browser runs; any other type (`application/ld+json`) is data and needs no permission. */
const RUNNABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** A CSP hash source of `text` as the element holds it. @see https://www.w3.org/TR/CSP3/#grammardef-hash-source */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** `https://host[:port]` of an absolute http(s) address; undefined for a path of this site or anything else. */
export function foreignOrigin(address: string | undefined): string | undefined {
  if (!address || !/^https?:\/\//i.test(address.trim())) return undefined;
  try {
    return new URL(address.trim()).origin;
  } catch {
    return undefined;
  }
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const textOf = (element: Element) =>
  element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');

function* walk(node: Node, insideConsentTemplate = false): Generator<{ element: Element; insideConsentTemplate: boolean }> {
  if (!('tagName' in node)) {
    if ('childNodes' in node) for (const child of node.childNodes) yield* walk(child, insideConsentTemplate);
    return;
  }
  yield { element: node, insideConsentTemplate };
  const template = 'content' in node ? node : undefined;
  const children = template ? template.content.childNodes : node.childNodes;
  const inside = insideConsentTemplate || (template !== undefined && attribute(node, 'data-consent-template') !== undefined);
  for (const child of children) yield* walk(child, inside);
}

function calendarOf(json: string, file: string): { origin: string; embedScript: string } {
  let config: Partial<CalEmbedConfig>;
  try {
    config = JSON.parse(json) as Partial<CalEmbedConfig>;
  } catch {
    throw new Error(`${file}: data-cal does not hold the calendar's settings as JSON`);
  }
  const origin = foreignOrigin(config.origin);
  const embedScript = foreignOrigin(config.embedScript);
  if (!origin || !embedScript) throw new Error(`${file}: data-cal names no https:// origin and embed script for Cal.com`);
  return { origin, embedScript };
}

const unique = (values: string[]) => [...new Set(values)].sort();

/** A page that needs nothing beyond the base policy. */
export const noNeeds = (): PageNeeds => ({
  scriptHashes: [],
  styleHashes: [],
  styleAttributeHashes: [],
  consentFrames: [],
  calendars: [],
  formTargets: [],
  mediaOrigins: [],
});

/** Reads what `html` (the page at `file`, named in errors) needs from its policy. */
export function pageNeeds(html: string, file: string): PageNeeds {
  const needs = noNeeds();
  for (const { element, insideConsentTemplate } of walk(parse(html))) {
    const style = attribute(element, 'style');
    if (style !== undefined) needs.styleAttributeHashes.push(cspHash(style));
    const cal = attribute(element, 'data-cal');
    if (cal) needs.calendars.push(calendarOf(cal, file));
    switch (element.tagName) {
      case 'script':
        if (attribute(element, 'src') === undefined && RUNNABLE_SCRIPT_TYPES.has((attribute(element, 'type') ?? '').trim().toLowerCase()))
          needs.scriptHashes.push(cspHash(textOf(element)));
        break;
      case 'style':
        needs.styleHashes.push(cspHash(textOf(element)));
        break;
      case 'iframe': {
        const origin = foreignOrigin(attribute(element, 'src'));
        if (origin && insideConsentTemplate) needs.consentFrames.push(origin);
        break;
      }
      case 'form': {
        const origin = foreignOrigin(attribute(element, 'action'));
        if (origin) needs.formTargets.push(origin);
        break;
      }
      case 'audio':
      case 'video':
      case 'source':
      case 'track': {
        const origin = foreignOrigin(attribute(element, 'src'));
        if (origin) needs.mediaOrigins.push(origin);
        break;
      }
    }
  }
  return {
    scriptHashes: unique(needs.scriptHashes),
    styleHashes: unique(needs.styleHashes),
    styleAttributeHashes: unique(needs.styleAttributeHashes),
    consentFrames: unique(needs.consentFrames),
    calendars: [...new Map(needs.calendars.map((calendar) => [`${calendar.origin} ${calendar.embedScript}`, calendar])).values()],
    formTargets: unique(needs.formTargets),
    mediaOrigins: unique(needs.mediaOrigins),
  };
}
