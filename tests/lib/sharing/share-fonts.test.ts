import { describe, expect, it } from 'vitest';
import { drawableLine, filesFor, fontsFor, installedFontFiles, parseFontFaces } from '../../../src/lib/sharing/share-fonts';
import { drawableContent, renderShareImage } from '../../../src/lib/sharing/share-image';

const CSS = `
/* x-hebrew-700-normal */
@font-face {
  font-family: 'X';
  font-weight: 700;
  src: url(./files/x-hebrew-700-normal.woff2) format('woff2'), url(./files/x-hebrew-700-normal.woff) format('woff');
  unicode-range: U+0590-05FF,U+20AA;
}
@font-face {
  font-family: 'X';
  font-weight: 400;
  src: url(./files/x-all-400-normal.woff2) format('woff2'), url(./files/x-all-400-normal.woff) format('woff');
}
@font-face {
  font-family: 'X';
  src: url(./files/x-only-woff2.woff2) format('woff2');
}`;

describe('the faces share images draw with', () => {
  it('reads each WOFF file of a @fontsource stylesheet with its weight and ranges; no range means every character', () => {
    expect(parseFontFaces(CSS)).toEqual([
      {
        file: './files/x-hebrew-700-normal.woff',
        weight: 700,
        ranges: [
          [0x590, 0x5ff],
          [0x20aa, 0x20aa],
        ],
      },
      { file: './files/x-all-400-normal.woff', weight: 400, ranges: [[0, 0x10ffff]] },
    ]);
  });

  it('a character is drawn by the first face that covers it', () => {
    const [hebrew, all] = parseFontFaces(CSS) as [ReturnType<typeof parseFontFaces>[0], ReturnType<typeof parseFontFaces>[0]];
    expect(filesFor('שלום', [hebrew, all]).files).toEqual([hebrew]);
    expect(filesFor('שלום a', [all, hebrew]).files).toEqual([all]);
    expect(filesFor('a ש', [hebrew]).missing).toEqual(['a']);
  });

  it.each([
    ['Grüße aus Łódź, Dvořák', 'inter-latin-ext-700-normal.woff'],
    ['Привет', 'inter-cyrillic-700-normal.woff'],
    ['Ελληνικά', 'inter-greek-700-normal.woff'],
    ['Tiếng Việt', 'inter-vietnamese-700-normal.woff'],
    ['שלום', 'noto-sans-hebrew-hebrew-700-normal.woff'],
    ['مرحبا', 'noto-sans-arabic-arabic-700-normal.woff'],
    ['नमस्ते', 'noto-sans-devanagari-devanagari-700-normal.woff'],
    ['สวัสดี', 'noto-sans-thai-thai-700-normal.woff'],
    ['🎙️', 'noto-emoji-'],
  ])('%s is drawn from a bundled face (%s)', (text, file) => {
    const { files, missing } = filesFor(text, installedFontFiles(700));
    expect(missing).toEqual([]);
    expect(files.some((face) => face.file.includes(file))).toBe(true);
  });

  it('gives satori each file once per weight, named apart so it falls back between them', async () => {
    const fonts = await fontsFor('Dvořák שלום');
    expect(fonts.map(({ name, weight }) => `${name} ${weight}`).sort()).toEqual([
      'inter-latin-ext-normal 400',
      'inter-latin-ext-normal 700',
      'inter-latin-normal 400',
      'inter-latin-normal 700',
      'noto-sans-hebrew-hebrew-normal 400',
      'noto-sans-hebrew-hebrew-normal 700',
    ]);
    expect(fonts.every(({ data }) => (data as Buffer).subarray(0, 4).toString('latin1') === 'wOFF')).toBe(true);
  });
});

describe('lines the image cannot fully draw', () => {
  it('keeps what every face draws, markup characters included', () => {
    const title = `<Zwist> & "IT" vs. 'Fachbereich' 🎙️ — שלום`;
    expect(drawableLine(title)).toBe(title);
  });

  it('leaves out a symbol no face has, and flag letters, instead of drawing an empty box', () => {
    expect(drawableLine('Cloud ★ Rechenzentrum')).toBe('Cloud Rechenzentrum');
    expect(drawableLine('Live aus 🇩🇪 Berlin')).toBe('Live aus Berlin');
  });

  it('leaves out a whole line whose letters no face has: half a word would say something else', () => {
    expect(drawableLine('播客 mit Gästen')).toBe('');
    expect(drawableContent({ kicker: 'Folge 3', title: '한국어 Folge', footer: '播客 · example.org' })).toEqual({
      kicker: 'Folge 3',
      title: '',
      footer: '',
    });
  });

  // An empty box looks the same for every missing character: a word and its letters reversed would be drawn alike.
  it.each([['שלום'], ['مرحبا'], ['नमस्ते'], ['สวัสดี'], ['Привет'], ['🎧🎤']])('%s is drawn with its own glyphs', async (word) => {
    const draw = (title: string) => renderShareImage({ kicker: 'Folge 1', title, footer: 'Klartext IT' }, undefined);
    const [a, b] = await Promise.all([draw(word), draw([...word].reverse().join(''))]);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).not.toBe(0);
  });
});
