import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../tools/run-import';
import { listFiles } from '../support/content-files';
import { createFixtureSite, type FixtureSite } from '../../quality/fixture-site';
import { hostileServer, refusedAddress, type HostileServer } from '../support/hostile-server';

/**
 * `npm run import` over the real network code (undici), against a server on
 * 127.0.0.1 that misbehaves on purpose. Small limits keep every case short.
 */

const LIMIT_FLAGS = ['--timeout', '0.5', '--connect-timeout', '1', '--max-size', '0.1', '--max-redirects', '2'];
const COVER = readFileSync('public/artwork.jpg');
const SETTINGS = 'site: https://neu.example.de\n';

let server: HostileServer;
let site: FixtureSite;
let lines: string[];
/** Audio HEAD requests in flight right now, and the most at once. */
let audio = { running: 0, most: 0 };

const item = (n: number, extra = '', enclosure = `<enclosure url="https://audio.example/${n}.mp3" length="1000" type="audio/mpeg"/>`) =>
  `<item><title>Folge ${n}</title><guid>folge-${n}</guid><pubDate>Mon, 0${n} Apr 2024 06:00:00 +0200</pubDate><itunes:episode>${n}</itunes:episode><itunes:duration>60</itunes:duration>${extra}${enclosure}<description>Folge ${n}.</description></item>`;
const feed = (items: string, channel = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Netz</title><description>Ein Testfeed.</description><itunes:author>Netz</itunes:author>${channel}${items}</channel></rss>`;

const xmlRoute =
  (body: string | Buffer, type = 'application/rss+xml') =>
  (_: unknown, response: import('node:http').ServerResponse) =>
    response.writeHead(200, { 'content-type': type }).end(body);

beforeAll(async () => {
  server = await hostileServer({
    '/cover.jpg': xmlRoute(COVER, 'image/jpeg'),
    '/folge.png': xmlRoute(COVER, 'image/png'),
    '/boese.png': xmlRoute('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'image/png'),
    '/bilder.xml': (_, response) =>
      xmlRoute(
        feed(
          [
            item(1, `<itunes:image href="${server.url}/folge.png"/>`),
            item(2, `<itunes:image href="${server.url}/boese.png"/>`),
            item(3, `<itunes:image href="${server.url}/silent"/>`),
            item(4, `<content:encoded><![CDATA[<p>Notiz<img src="${server.url}/notiz.jpg" alt=""></p>]]></content:encoded>`),
          ].join(''),
          `<itunes:image href="${server.url}/cover.jpg"/>`,
        ).replace('<rss ', '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" '),
      )(_, response),
    '/latin1-declared.xml': xmlRoute(readFileSync('tests/fixtures/feeds/iso-8859-1.xml')),
    '/latin1-by-header.xml': xmlRoute(
      readFileSync('tests/fixtures/feeds/iso-8859-1.xml').subarray('<?xml version="1.0" encoding="ISO-8859-1"?>'.length),
      'text/xml; charset=ISO-8859-1',
    ),
    '/probe.xml': (_, response) =>
      xmlRoute(
        feed(
          [1, 2, 3, 4, 5, 6]
            .map((n) => item(n, '', `<enclosure url="${server.url}/audio/${n === 6 ? 'silent' : n}.mp3" type="audio/mpeg"/>`))
            .join(''),
        ),
      )(_, response),
  });
  for (const n of [1, 2, 3, 4, 5]) {
    server.routes[`/audio/${n}.mp3`] = (request, response) => {
      audio.running += 1;
      audio.most = Math.max(audio.most, audio.running);
      setTimeout(() => {
        audio.running -= 1;
        response
          .writeHead(200, { 'content-type': 'audio/mpeg', 'content-length': String(1000 + n) })
          .end(request.method === 'HEAD' ? undefined : '');
      }, 150);
    };
  }
  server.routes['/audio/silent.mp3'] = () => undefined;
});
afterAll(() => server.close());

beforeEach(() => {
  site = createFixtureSite();
  site.write('content/settings.yaml', SETTINGS);
  lines = [];
  audio = { running: 0, most: 0 };
});
afterEach(() => site.dispose());

const importFrom = (source: string, ...flags: string[]) =>
  runImport({ args: [source, ...LIMIT_FLAGS, ...flags], root: site.dir, log: (line) => lines.push(line) });
const fileText = (path: string) => readFileSync(join(site.dir, path), 'utf8');
/** Every file under content/ and public/ with a hash of its bytes. */
const snapshot = () =>
  Object.fromEntries(
    ['content', 'public']
      .flatMap((dir) => listFiles(join(site.dir, dir)))
      .map((file) => [file, createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );

describe('a feed that cannot be read changes nothing', () => {
  it.each([
    ['a server that never answers', '/silent', 'no complete answer within 0.5 s (--timeout)'],
    ['an endless body', '/endless', 'larger than 0.1 MB (--max-size)'],
    ['an announced size above the cap', '/huge', 'larger than 0.1 MB (--max-size)'],
    ['a redirect loop', '/loop-a', /^redirect loop: http:\/\/127\.0\.0\.1:\d+\/loop-b sends back to http:\/\/127\.0\.0\.1:\d+\/loop-a$/],
    ['too many redirects', '/hop/9', /^more than 2 redirects \(--max-redirects\)/],
    ['a missing feed', '/missing', 'the server answered 404 Not Found'],
  ])('%s: one line naming address and cause, exit code 1, within the limits', async (_, path, cause) => {
    const before = snapshot();
    const started = performance.now();
    expect(await importFrom(`${server.url}${path}`)).toBe(1);
    expect((performance.now() - started) / 1000).toBeLessThan(1.5);
    expect(lines).toHaveLength(1);
    const [url, said] = [lines[0]!.slice(0, `${server.url}${path}`.length), lines[0]!.slice(`${server.url}${path}: `.length)];
    expect(url).toBe(`${server.url}${path}`);
    expect(said.replace(/; nothing was written\.$/, '')).toMatch(
      typeof cause === 'string' ? new RegExp(`^${cause.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : cause,
    );
    expect(said).toMatch(/; nothing was written\.$/);
    expect(snapshot()).toEqual(before);
  });

  it('a refused connection: one line, exit code 1, nothing written', async () => {
    const before = snapshot();
    const url = `${await refusedAddress()}/feed.xml`;
    expect(await importFrom(url)).toBe(1);
    expect(lines).toEqual([`${url}: connection refused; nothing was written.`]);
    expect(snapshot()).toEqual(before);
  });

  it('a feed file larger than the cap is refused before it is read', async () => {
    const before = snapshot();
    expect(await importFrom(resolve('tests/fixtures/feeds/acast-sentimental-garbage.xml'))).toBe(1);
    expect(lines).toEqual([
      `${resolve('tests/fixtures/feeds/acast-sentimental-garbage.xml')}: larger than 0.1 MB (--max-size); nothing was written.`,
    ]);
    expect(snapshot()).toEqual(before);
  });

  it.each([[['--timeout', '0']], [['--max-size', 'viel']], [['--max-redirects', '1.5']], [['--timeout']]])(
    'bad limits %j are a usage error',
    async (flags) => {
      expect(await runImport({ args: ['feed.xml', ...flags], root: site.dir, log: (line) => lines.push(line) })).toBe(2);
      expect(lines.join('\n')).toContain('--max-redirects <n>');
    },
  );
});

describe('feeds in other encodings keep their umlauts', () => {
  it.each([
    ['an ISO-8859-1 file', () => resolve('tests/fixtures/feeds/iso-8859-1.xml')],
    ['a UTF-16 file with byte order mark', () => resolve('tests/fixtures/feeds/utf-16le-bom.xml')],
    ['ISO-8859-1 over HTTP, declared in the feed', () => `${server.url}/latin1-declared.xml`],
    ['ISO-8859-1 over HTTP, declared only by the server', () => `${server.url}/latin1-by-header.xml`],
  ])('%s', async (_, source) => {
    expect(await importFrom(source(), '--offline'), lines.join('\n')).toBe(0);
    const episode = fileText('content/episodes/ueber-groesse-mass-und-oel.md');
    expect(episode).toContain('title: "Über Größe, Maß und Öl"');
    expect(episode).toContain('Jörg erklärt, warum Weißwürste vor zwölf Uhr gegessen werden.');
    expect(episode).toContain('## Fünf Äpfel für Jürgen [00:02:15]');
    expect(fileText('content/settings.yaml')).toContain('author: Jörg Weiß');
    expect(lines.join('\n')).not.toMatch(/not valid/);
  });

  it('bytes that are not valid UTF-8 are reported with the episode and the field', async () => {
    const source = Buffer.from(feed(item(1).replace('<description>Folge 1.', '<description>Gr#n.')));
    // 0xFC is "ü" in Latin-1 and no character at all in UTF-8.
    source[source.indexOf('#')] = 0xfc;
    site.write('alt.xml', source);
    expect(await importFrom(join(site.dir, 'alt.xml'), '--offline')).toBe(0);
    expect(lines).toContain(
      'warning "Folge 1" (guid folge-1): description held bytes that are not valid UTF-8; they show as "\uFFFD", correct the text',
    );
  });
});

describe('artwork is downloaded, never linked', () => {
  it('downloads the cover and episode images into public/images/, sniffing their format', async () => {
    expect(await importFrom(`${server.url}/bilder.xml`)).toBe(0);
    expect(fileText('content/settings.yaml')).toMatch(/^artwork: \/images\/cover-[0-9a-f]{10}\.jpg$/m);
    // A PNG address serving JPEG bytes is saved as what it is.
    const image = /^image: "(\/images\/folge-[0-9a-f]{10}\.jpg)"$/m.exec(fileText('content/episodes/folge-1.md'))?.[1];
    expect(readFileSync(join(site.dir, 'public', image!))).toEqual(COVER);
    expect(fileText('content/episodes/folge-2.md')).not.toContain('image:');
    expect(fileText('content/episodes/folge-3.md')).not.toContain('image:');
    expect(lines).toContain(`warning "Folge 2": image ${server.url}/boese.png left out (not a JPEG or PNG)`);
    expect(lines).toContain(`warning "Folge 3": image ${server.url}/silent left out (no complete answer within 0.5 s (--timeout))`);
    expect(listFiles(join(site.dir, 'public/images')).map((file) => file.slice(file.lastIndexOf('/') + 1))).toHaveLength(2);
    expect(server.requests).not.toContain('/notiz.jpg');
  });

  it('a second import asks for no image again and changes no file', async () => {
    await importFrom(`${server.url}/bilder.xml`);
    const before = snapshot();
    const asked = server.requests.length;
    lines = [];
    expect(await importFrom(`${server.url}/bilder.xml`)).toBe(0);
    expect(server.requests.slice(asked).filter((path) => /\.(jpg|png)$/.test(path))).toEqual(['/boese.png']);
    expect(lines.at(-1)).toMatch(/0 created, 0 updated/);
    expect(snapshot()).toEqual(before);
  });

  it('--offline downloads no image and says what is left out', async () => {
    const asked = server.requests.length;
    expect(await importFrom(`${server.url}/bilder.xml`, '--offline')).toBe(0);
    expect(server.requests.slice(asked)).toEqual(['/bilder.xml']);
    expect(fileText('content/settings.yaml')).not.toContain('artwork');
    expect(lines).toContain(`warning "Folge 1": image ${server.url}/folge.png left out (not downloaded with --offline)`);
  });

  it('a dry run downloads and writes nothing', async () => {
    const before = snapshot();
    const asked = server.requests.length;
    expect(await importFrom(`${server.url}/bilder.xml`, '--dry-run')).toBe(0);
    expect(server.requests.slice(asked)).toEqual(['/bilder.xml']);
    expect(snapshot()).toEqual(before);
    expect(existsSync(join(site.dir, 'public/images'))).toBe(false);
  });
});

describe('asking audio hosts for missing facts', () => {
  it('asks several hosts at once, at most four, each within the timeout', async () => {
    const started = performance.now();
    expect(await importFrom(`${server.url}/probe.xml`)).toBe(0);
    expect(audio.most).toBe(4);
    expect((performance.now() - started) / 1000).toBeLessThan(1.5);
    expect(fileText('content/episodes/folge-3.md')).toContain('bytes: 1003');
    expect(lines).toContain(
      `warning "Folge 6": could not ask ${server.url}/audio/silent.mp3 for bytes (no complete answer within 0.5 s (--timeout))`,
    );
  });

  it('--offline asks nobody', async () => {
    const asked = server.requests.length;
    expect(await importFrom(`${server.url}/probe.xml`, '--offline')).toBe(0);
    expect(server.requests.slice(asked)).toEqual(['/probe.xml']);
    expect(audio.most).toBe(0);
  });
});
