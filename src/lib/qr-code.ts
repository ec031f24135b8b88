import QRCode from 'qrcode';
import { escapeXml } from './feed/xml';

/**
 * A QR code of an address as SVG markup, drawn while the site builds: the page
 * shows it without a script or a request. Error correction level M survives a
 * smudged or slightly cut-off code, the four-module quiet zone is what
 * scanners expect around it.
 * @see https://www.qrcode.com/en/about/error_correction.html
 */
export async function qrCodeSvg(address: string, label: string): Promise<string> {
  if (!/^https?:\/\/[^\s/]+\/\S*$/.test(address)) {
    throw new Error(`a QR code needs an absolute http(s) address, got "${address}"`);
  }
  const svg = await QRCode.toString(address, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeXml(label)}" `);
}
