import { describe, expect, it } from 'vitest';
import { calCalls, calEmbedConfig, calPageUrl, packageRequest } from '../../src/lib/booking';
import { bookingSchema } from '../../src/schemas/booking';

const booking = (settings: Record<string, unknown>) => bookingSchema.parse({ calLink: 'oliver-hartmann/kaffee', ...settings });

describe('Cal.com embed configuration', () => {
  it('uses Cal.com’s cloud and its embed.js by default', () => {
    expect(calEmbedConfig(booking({}))).toEqual({
      namespace: 'kaffee',
      origin: 'https://app.cal.com',
      embedScript: 'https://app.cal.com/embed/embed.js',
      calLink: 'oliver-hartmann/kaffee',
      layout: 'month_view',
      theme: 'auto',
      hideEventTypeDetails: false,
    });
  });

  it('loads embed.js from a self-hosted instance', () => {
    const config = calEmbedConfig(booking({ origin: 'https://cal.example.de/' }));
    expect(config.origin).toBe('https://cal.example.de');
    expect(config.embedScript).toBe('https://cal.example.de/embed/embed.js');
    expect(calPageUrl(config)).toBe('https://cal.example.de/oliver-hartmann/kaffee');
  });

  it('links the cloud booking page on cal.com', () => {
    expect(calPageUrl(calEmbedConfig(booking({})))).toBe('https://cal.com/oliver-hartmann/kaffee');
  });

  it('a package can book its own event with the same look', () => {
    expect(calEmbedConfig(booking({ layout: 'week_view' }), 'oliver-hartmann/togo-team')).toMatchObject({
      calLink: 'oliver-hartmann/togo-team',
      layout: 'week_view',
    });
  });
});

describe('calls made to Cal.com after consent', () => {
  it.each([
    ['month_view', 'auto', { layout: 'month_view' }],
    ['week_view', 'dark', { layout: 'week_view', theme: 'dark' }],
    ['column_view', 'light', { layout: 'column_view', theme: 'light' }],
  ] as const)('inline in %s with theme %s', (layout, theme, look) => {
    const calls = calCalls(calEmbedConfig(booking({ layout, theme })), { inline: '#kalender' });
    expect(calls).toEqual([
      ['inline', { calLink: 'oliver-hartmann/kaffee', elementOrSelector: '#kalender', config: look }],
      ['ui', { hideEventTypeDetails: false, ...look }],
    ]);
  });

  it('opens a popup for the booking button', () => {
    expect(calCalls(calEmbedConfig(booking({})), 'modal')[0]).toEqual([
      'modal',
      { calLink: 'oliver-hartmann/kaffee', config: { layout: 'month_view' } },
    ]);
  });

  it.each([[{ inline: '#k' }], ['modal' as const]])('never preloads (it would contact Cal.com before consent): %j', (target) => {
    expect(calCalls(calEmbedConfig(booking({})), target).map(([method]) => method)).not.toContain('preload');
  });
});

describe('booking settings that cannot work are refused with a clear message', () => {
  it.each([
    ['a full address as calLink', { calLink: 'https://cal.com/oliver/kaffee' }, /without the address in front/],
    ['a calLink with a script', { calLink: 'oliver/<script>' }, /without the address in front/],
    ['a calLink going up', { calLink: '../admin' }, /without the address in front/],
    ['an origin with a path', { origin: 'https://cal.example.de/oliver' }, /without a path/],
    ['an http origin', { origin: 'http://cal.example.de' }, /https:\/\/app\.cal\.com/],
    ['an unknown layout', { layout: 'year_view' }, /month_view/],
    ['a namespace with spaces', { namespace: 'mein kaffee' }, /lowercase letters/],
  ])('%s', (_name, settings, message) => {
    const result = bookingSchema.safeParse({ calLink: 'oliver-hartmann/kaffee', ...settings });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toMatch(message);
  });
});

describe('requesting a package', () => {
  const note = (title: string) => `Anfrage zum Paket „${title}“`;

  it.each([
    ['its own event', 'oliver-hartmann/togo-team', 'oliver-hartmann/togo-team'],
    ['the coffee call, without an event of its own', undefined, 'oliver-hartmann/kaffee'],
  ])('books %s, with a note naming the package', (_case, calEvent, calLink) => {
    const request = packageRequest(booking({}), { title: 'Klartext im Team', calEvent }, note)!;
    expect(request.cal).toMatchObject({ calLink, notes: 'Anfrage zum Paket „Klartext im Team“' });
    expect(calCalls(request.cal, 'modal')[0]).toEqual([
      'modal',
      { calLink, config: { layout: 'month_view', notes: 'Anfrage zum Paket „Klartext im Team“' } },
    ]);
    const direct = new URL(request.directUrl);
    expect(`${direct.origin}${direct.pathname}`).toBe(`https://cal.com/${calLink}`);
    expect(direct.searchParams.get('notes')).toBe('Anfrage zum Paket „Klartext im Team“');
  });

  it.each([
    ['a package sold only through its checkout link', booking({}), { title: 'X', checkoutUrl: 'https://buy.stripe.com/x' }],
    ['a site without booking', undefined, { title: 'X', calEvent: 'oliver-hartmann/togo-team' }],
  ])('%s takes no requests', (_case, settings, pkg) => {
    expect(packageRequest(settings, pkg, note)).toBeUndefined();
  });

  it('a package with a checkout link and an event of its own can be bought or requested', () => {
    expect(
      packageRequest(booking({}), { title: 'X', checkoutUrl: 'https://buy.stripe.com/x', calEvent: 'oliver-hartmann/togo-x' }, note)?.cal
        .calLink,
    ).toBe('oliver-hartmann/togo-x');
  });

  it.each([['<script>alert(1)</script>'], ['A & B "quoted" \'single\''], ['Paket 🎧 日本語'], ['?notes=x#frag']])(
    'keeps a hostile title %j inside the notes parameter',
    (title) => {
      const direct = new URL(packageRequest(booking({}), { title }, note)!.directUrl);
      expect(direct.pathname).toBe('/oliver-hartmann/kaffee');
      expect(direct.hash).toBe('');
      expect(direct.searchParams.get('notes')).toBe(note(title));
    },
  );
});
