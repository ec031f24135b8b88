import { describe, expect, it } from 'vitest';
import { parseAppleCategory } from '../../../src/lib/feed/apple-categories';

describe('Apple Podcasts categories', () => {
  it.each([
    ['Technology', { category: 'Technology' }],
    ['Business > Management', { category: 'Business', subcategory: 'Management' }],
    ['  business  >  management ', { category: 'Business', subcategory: 'Management' }],
    ['Society & Culture > Personal Journals', { category: 'Society & Culture', subcategory: 'Personal Journals' }],
    ['tv & film', { category: 'TV & Film' }],
  ])('accepts "%s" in Apple\'s spelling', (written, expected) => {
    expect(parseAppleCategory(written)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['Technik', /"Technik" is not an Apple Podcasts category; expected one of: Arts, Business/],
    ['', /"" is not an Apple Podcasts category/],
    ['Business > Management > Leadership', /more than one sub-category/],
    ['Business > Podcasting', /"Podcasting" is not a sub-category of "Business"; expected one of: Careers/],
    ['Technology > Software', /"Technology" has no sub-categories/],
    ['"Technik" <b>', /""Technik" <b" is not an Apple Podcasts category/],
    ['Business >', /"" is not a sub-category of "Business"/],
  ])('rejects "%s" saying what is allowed', (written, message) => {
    const result = parseAppleCategory(written);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(message);
  });
});
