import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../../src/lib/qr-code';

describe('the QR code of the subscribe page', () => {
  it('is an SVG image with a name and a quiet zone around a code of the address', async () => {
    const address = 'https://klartext-it.example.de/abonnieren/';
    const svg = await qrCodeSvg(address, 'QR-Code: Abonnieren-Seite');
    expect(svg).toMatch(
      /^<svg role="img" aria-label="QR-Code: Abonnieren-Seite" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/,
    );
    const size = QRCode.create(address, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
    // Drawn, not scripted or styled: nothing a Content-Security-Policy would refuse.
    expect(svg).not.toMatch(/<script|style=|<foreignObject|href=/i);
  });

  it('draws different codes for different addresses and the same code for the same one', async () => {
    const a = await qrCodeSvg('https://a.example/abonnieren/', 'A');
    expect(await qrCodeSvg('https://a.example/abonnieren/', 'A')).toBe(a);
    expect(await qrCodeSvg('https://b.example/abonnieren/', 'A')).not.toBe(a);
  });

  it('escapes its label', async () => {
    expect(await qrCodeSvg('https://a.example/', '"><script>alert(1)</script>')).toContain(
      'aria-label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"',
    );
  });

  it.each([[''], ['/abonnieren/'], ['javascript:alert(1)'], ['https://'], ['https://exa mple.de/']])(
    'refuses %j with a clear message',
    async (bad) => {
      await expect(qrCodeSvg(bad, 'x')).rejects.toThrow(/absolute http\(s\) address/);
    },
  );
});
