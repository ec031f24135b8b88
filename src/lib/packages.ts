import { getCollection, type CollectionEntry } from 'astro:content';
import type { PackageData } from '../schemas/package';
import { comparePackages } from './package-format';

export interface TimePackage {
  slug: string;
  data: PackageData;
  entry: CollectionEntry<'packages'>;
}

/** All "to go" packages in display order: the one list /togo/, package pages and the privacy page use. */
export async function getPackages(): Promise<TimePackage[]> {
  const entries = await getCollection('packages');
  return entries.map((entry) => ({ slug: entry.id, data: entry.data, entry })).sort((a, b) => comparePackages(a.data, b.data));
}

/** Whether the show sells packages: without any, /togo/ is not built and nothing links to it. */
export async function sellsPackages(): Promise<boolean> {
  return (await getCollection('packages')).length > 0;
}
