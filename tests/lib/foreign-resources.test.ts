import { describe, expect, it } from 'vitest';
import { cssUrls, foreignResourcesInHtml, isForeignUrl } from '../../src/lib/foreign-resources';
import { foreignResourcesInMarkdown } from '../../src/lib/markdown/foreign-resources';

const site = 'https://klartext-it.example.de';

describe('which addresses belong to another site', () => {
  it.each([
    ['https://evil.example/a.png', true],
    ['http://evil.example/a.png', true],
    ['//evil.example/a.png', true],
    ['  //evil.example/a.png', true],
    ['\\\\evil.example/a.png', true],
    ['HTTPS://EVIL.EXAMPLE/a.png', true],
    ['ftp://evil.example/a.png', true],
    ['https://klartext-it.example.de/artwork.jpg', false],
    ['/artwork.jpg', false],
    ['images/a.png', false],
    ['#t=10', false],
    ['data:image/png;base64,AAAA', false],
  ])('%j → %s', (url, foreign) => expect(isForeignUrl(url, site)).toBe(foreign));
});

describe('what HTML in content would fetch from other sites as the page opens', () => {
  it.each([
    ['<img src="https://evil.example/a.png">', [{ tag: 'img', url: 'https://evil.example/a.png' }]],
    ['<img src="/a.png" srcset="/a.png 1x, https://evil.example/a2.png 2x">', [{ tag: 'img', url: 'https://evil.example/a2.png' }]],
    ['<img src="&#x2F;&#x2F;evil.example/e.png">', [{ tag: 'img', url: '//evil.example/e.png' }]],
    ['<IMG SRC=//evil.example/u.png>', [{ tag: 'img', url: '//evil.example/u.png' }]],
    ['<video poster="https://evil.example/p.jpg" src="/v.mp4"></video>', [{ tag: 'video', url: 'https://evil.example/p.jpg' }]],
    ['<iframe src="https://www.youtube.com/embed/x"></iframe>', [{ tag: 'iframe', url: 'https://www.youtube.com/embed/x' }]],
    ['<script src="https://evil.example/s.js"></script>', [{ tag: 'script', url: 'https://evil.example/s.js' }]],
    ['<link rel="stylesheet" href="https://fonts.example/f.css">', [{ tag: 'link', url: 'https://fonts.example/f.css' }]],
    ['<link rel="preconnect" href="https://fonts.example">', [{ tag: 'link', url: 'https://fonts.example' }]],
    ['<object data="https://evil.example/o.swf"></object>', [{ tag: 'object', url: 'https://evil.example/o.swf' }]],
    [
      '<svg><image href="https://evil.example/i.png"/><use xlink:href="https://evil.example/s.svg#a"/></svg>',
      [
        { tag: 'image', url: 'https://evil.example/i.png' },
        { tag: 'use', url: 'https://evil.example/s.svg#a' },
      ],
    ],
    ['<div style="background: url(\'https://evil.example/bg.png\')">x</div>', [{ tag: 'div', url: 'https://evil.example/bg.png' }]],
    [
      '<style>@import "https://evil.example/x.css"; p { background: url(//evil.example/y.png) }</style>',
      [
        { tag: 'style', url: 'https://evil.example/x.css' },
        { tag: 'style', url: '//evil.example/y.png' },
      ],
    ],
    ['<table background="https://evil.example/t.png"></table>', [{ tag: 'table', url: 'https://evil.example/t.png' }]],
  ])('%s', (html, found) => expect(foreignResourcesInHtml(html, site)).toEqual(found));

  it.each([
    '<a href="https://evil.example/">a link fetches nothing until followed</a>',
    '<link rel="canonical" href="https://evil.example/">',
    '<link rel="me" href="https://mastodon.example/@oliver">',
    '<form action="https://newsletter.example/subscribe"></form>',
    '<meta property="og:image" content="https://evil.example/og.png">',
    '<template><img src="https://evil.example/inert.png"></template>',
    '<img src="/images/local.png" srcset="/images/local-2x.png 2x">',
    '<img src="https://klartext-it.example.de/artwork.jpg">',
    '<p>Text that mentions https://evil.example/a.png</p>',
  ])('%s fetches nothing from another site', (html) => expect(foreignResourcesInHtml(html, site)).toEqual([]));

  it('finds url() and @import in CSS', () => {
    expect(cssUrls('a{background:url( "x.png" )} b{background:url(y.png)} @import \'z.css\';')).toEqual(['x.png', 'y.png', 'z.css']);
  });
});

describe('what a Markdown or MDX body would fetch from other sites', () => {
  it.each<[string, 'md' | 'mdx', string[]]>([
    ['![Foto](https://evil.example/a.png)', 'md', ['https://evil.example/a.png']],
    ['![Foto][bild]\n\n[bild]: https://evil.example/r.png', 'md', ['https://evil.example/r.png']],
    ['Text <img src="//evil.example/b.png"> inline.', 'md', ['//evil.example/b.png']],
    ['<div>\n<iframe src="https://evil.example/d"></iframe>\n</div>', 'md', ['https://evil.example/d']],
    ['Text <img src="https://evil.example/m.png" /> in MDX.', 'mdx', ['https://evil.example/m.png']],
    ['<img src={"https://evil.example/e.png"} />', 'mdx', ['https://evil.example/e.png']],
    ['<Hinweis>![Foto](https://evil.example/n.png)</Hinweis>', 'mdx', ['https://evil.example/n.png']],
    ['[Ein Link](https://evil.example/) und ![eigenes Bild](/artwork.jpg)', 'md', []],
    ['Nur Text mit https://evil.example/ als Adresse.', 'md', []],
  ])('%j (%s)', (body, format, urls) => {
    expect(foreignResourcesInMarkdown(body, format, site).map(({ url }) => url)).toEqual(urls);
  });
});
