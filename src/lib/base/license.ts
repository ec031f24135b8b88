import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };

/**
 * `podcast:license` names a well-known license by its SPDX identifier, which
 * apps resolve to its text; any other license needs the address of its text.
 * @see https://podcasting2.org/docs/podcast-namespace/tags/license
 */
const byLowerCase = new Map(spdxIds.map((id) => [id.toLowerCase(), id]));

/** The SPDX identifier as SPDX spells it (`cc-by-4.0` → `CC-BY-4.0`), or `undefined` for a license SPDX does not list. */
export const spdxLicense = (identifier: string): string | undefined => byLowerCase.get(identifier.trim().toLowerCase());
