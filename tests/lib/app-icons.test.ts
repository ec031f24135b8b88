import { describe, expect, it } from 'vitest';
import { appIconPath, appIconSvg, iconApps } from '../../src/lib/app-icons';
import { subscribeApps } from '../../src/lib/subscribe';

describe('app icons of the subscribe chooser', () => {
  it.each(subscribeApps.map((app) => [app]))('%s has an icon file of this site', (app) => {
    expect(appIconPath(app)).toBe(`/icons/${app}.svg`);
    const svg = appIconSvg(app);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 24 24" width="24" height="24"><path fill="#[0-9A-F]{6}" d="M[^"]+"\/><\/svg>\n$/,
    );
  });

  it('brand apps show their own mark, others the podcast glyph', () => {
    expect(appIconSvg('spotify')).toContain('fill="#1ED760"');
    expect(appIconSvg('amazon')).toBe(appIconSvg('an-app-without-mark'));
  });

  it.each([['../etc/passwd'], ['Spotify'], ['a b'], ['<svg>']])('no icon file is named %j', (app) => {
    expect(iconApps([app, 'spotify'])).toEqual(['spotify']);
  });

  it('lists each app once', () => {
    expect(iconApps(['spotify', 'spotify', 'apple'])).toEqual(['spotify', 'apple']);
  });
});
