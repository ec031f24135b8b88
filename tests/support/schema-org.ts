/**
 * The part of schema.org the site uses, copied by hand from the type pages
 * (https://schema.org/<Type>, "Properties from …" tables). Each type
 * lists the properties it has itself; the rest come from its parent, as on schema.org.
 */
const schemaTypes: Record<string, { parent?: string; properties: string[] }> = {
  Thing: { properties: ['name', 'description', 'url', 'image', 'sameAs', 'identifier', 'alternateName'] },
  CreativeWork: {
    parent: 'Thing',
    properties: [
      'author',
      'contributor',
      'creator',
      'publisher',
      'datePublished',
      'inLanguage',
      'keywords',
      'hasPart',
      'isPartOf',
      'associatedMedia',
      'headline',
      'thumbnailUrl',
      'copyrightHolder',
      'about',
    ],
  },
  CreativeWorkSeries: { parent: 'CreativeWork', properties: ['startDate', 'endDate', 'issn'] },
  PodcastSeries: { parent: 'CreativeWorkSeries', properties: ['webFeed', 'actor'] },
  CreativeWorkSeason: { parent: 'CreativeWork', properties: ['seasonNumber', 'partOfSeries', 'episode', 'numberOfEpisodes'] },
  PodcastSeason: { parent: 'CreativeWorkSeason', properties: [] },
  Episode: { parent: 'CreativeWork', properties: ['episodeNumber', 'partOfSeries', 'partOfSeason', 'actor', 'director', 'duration'] },
  PodcastEpisode: { parent: 'Episode', properties: [] },
  MediaObject: {
    parent: 'CreativeWork',
    properties: ['contentUrl', 'contentSize', 'encodingFormat', 'duration', 'embedUrl', 'uploadDate', 'bitrate'],
  },
  AudioObject: { parent: 'MediaObject', properties: ['transcript', 'caption'] },
  Clip: { parent: 'CreativeWork', properties: ['startOffset', 'endOffset', 'clipNumber', 'partOfEpisode', 'partOfSeries', 'actor'] },
  Person: { parent: 'Thing', properties: ['givenName', 'familyName', 'jobTitle'] },
  ItemList: { parent: 'Thing', properties: ['itemListElement', 'numberOfItems', 'itemListOrder'] },
  BreadcrumbList: { parent: 'ItemList', properties: [] },
  ListItem: { parent: 'Thing', properties: ['position', 'item', 'nextItem', 'previousItem'] },
};

const keywords = new Set(['@context', '@type', '@id', '@graph']);

function propertiesOf(type: string): Set<string> {
  const own = schemaTypes[type];
  if (!own) return new Set();
  return new Set([...own.properties, ...(own.parent ? propertiesOf(own.parent) : [])]);
}

/** Every type or property in a JSON-LD document that schema.org does not define (as listed above). */
export function schemaOrgProblems(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(schemaOrgProblems);
  if (!value || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  const problems: string[] = [];
  const type = node['@type'];
  if (typeof type === 'string') {
    if (!schemaTypes[type]) problems.push(`unknown type "${type}"`);
    else {
      const allowed = propertiesOf(type);
      for (const key of Object.keys(node)) if (!keywords.has(key) && !allowed.has(key)) problems.push(`${type} has no property "${key}"`);
    }
  } else if (!('@graph' in node)) {
    problems.push(`a node without @type: ${JSON.stringify(node).slice(0, 80)}`);
  }
  for (const child of Object.values(node)) problems.push(...schemaOrgProblems(child));
  return problems;
}
