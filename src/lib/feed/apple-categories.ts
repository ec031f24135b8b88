/**
 * Apple Podcasts categories and their sub-categories. A feed naming anything else
 * is rejected by Apple, so the build checks the settings against this list.
 * @see https://podcasters.apple.com/support/1691-apple-podcasts-categories
 */
export const APPLE_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  Arts: ['Books', 'Design', 'Fashion & Beauty', 'Food', 'Performing Arts', 'Visual Arts'],
  Business: ['Careers', 'Entrepreneurship', 'Investing', 'Management', 'Marketing', 'Non-Profit'],
  Comedy: ['Comedy Interviews', 'Improv', 'Stand-Up'],
  Education: ['Courses', 'How To', 'Language Learning', 'Self-Improvement'],
  Fiction: ['Comedy Fiction', 'Drama', 'Science Fiction'],
  Government: [],
  History: [],
  'Health & Fitness': ['Alternative Health', 'Fitness', 'Medicine', 'Mental Health', 'Nutrition', 'Sexuality'],
  'Kids & Family': ['Education for Kids', 'Parenting', 'Pets & Animals', 'Stories for Kids'],
  Leisure: ['Animation & Manga', 'Automotive', 'Aviation', 'Crafts', 'Games', 'Hobbies', 'Home & Garden', 'Video Games'],
  Music: ['Music Commentary', 'Music History', 'Music Interviews'],
  News: ['Business News', 'Daily News', 'Entertainment News', 'News Commentary', 'Politics', 'Sports News', 'Tech News'],
  'Religion & Spirituality': ['Buddhism', 'Christianity', 'Hinduism', 'Islam', 'Judaism', 'Religion', 'Spirituality'],
  Science: [
    'Astronomy',
    'Chemistry',
    'Earth Sciences',
    'Life Sciences',
    'Mathematics',
    'Natural Sciences',
    'Nature',
    'Physics',
    'Social Sciences',
  ],
  'Society & Culture': ['Documentary', 'Personal Journals', 'Philosophy', 'Places & Travel', 'Relationships'],
  Sports: [
    'Baseball',
    'Basketball',
    'Cricket',
    'Fantasy Sports',
    'Football',
    'Golf',
    'Hockey',
    'Rugby',
    'Running',
    'Soccer',
    'Swimming',
    'Tennis',
    'Volleyball',
    'Wilderness',
    'Wrestling',
  ],
  Technology: [],
  'True Crime': [],
  'TV & Film': ['After Shows', 'Film History', 'Film Interviews', 'Film Reviews', 'TV Reviews'],
};

export interface AppleCategory {
  category: string;
  subcategory?: string;
}

export type CategoryResult = { ok: true; value: AppleCategory } | { ok: false; message: string };

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

function findName(names: readonly string[], wanted: string): string | undefined {
  return names.find((name) => normalise(name) === normalise(wanted));
}

/**
 * Reads `"Business > Management"` or `"Technology"` as written in the settings.
 * Case and spacing are forgiven and corrected to Apple's spelling; anything else
 * gets a message listing what is allowed.
 */
export function parseAppleCategory(written: string): CategoryResult {
  const [main = '', sub, ...rest] = written.split('>').map((part) => part.trim());
  if (rest.length > 0)
    return { ok: false, message: `"${written}" has more than one sub-category; write "Category" or "Category > Sub-category"` };
  const category = findName(Object.keys(APPLE_CATEGORIES), main);
  if (!category) {
    return {
      ok: false,
      message: `"${main}" is not an Apple Podcasts category; expected one of: ${Object.keys(APPLE_CATEGORIES).join(', ')}`,
    };
  }
  if (sub === undefined) return { ok: true, value: { category } };
  const allowed = APPLE_CATEGORIES[category]!;
  const subcategory = findName(allowed, sub);
  if (!subcategory) {
    const expected = allowed.length ? `expected one of: ${allowed.join(', ')}` : `"${category}" has no sub-categories`;
    return { ok: false, message: `"${sub}" is not a sub-category of "${category}"; ${expected}` };
  }
  return { ok: true, value: { category, subcategory } };
}
