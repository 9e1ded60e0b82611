import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../../lambdas/core/extract/blocks';
import { extractHtml } from '../../../lambdas/core/extract/html';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (name: string) => readFileSync(resolve(repoRoot, 'test/fixtures/extract/html', name), 'utf8');

describe('Function: extractHtml', () => {
  describe('a news page whose chrome is marked up (figure, share bar, related box, newsletter, hover card)', () => {
    const article = extractHtml(fixture('news-article-with-chrome.html'), {
      url: 'https://courier.example/transport/valley-rail-reopens?utm_source=x',
    });
    const body = article.paragraphs.join('\n\n');

    it('keeps every story paragraph, in order, and nothing else', () => {
      expect(article.paragraphs.map((p) => p.slice(0, 30))).toEqual([
        'The Valley rail line reopened ',
        'Engineers rebuilt 400 metres o',
        '"People have been patient with',
        'More than 2,000 passengers a d',
        'By Tuesday morning, commuters ',
        'Photographs taken by residents',
      ]);
    });

    it('removes the caption and its photo credit', () => {
      expect(body).not.toMatch(/repair crew works|Jane Doe/);
    });

    it('removes the related-story teasers, newsletter box and share widget', () => {
      expect(body).not.toMatch(
        /Floods close valley line|Bus replacement service|newsletter|Share this article|Facebook/,
      );
    });

    it('keeps an inline link inside a paragraph even when its class says "related"', () => {
      expect(body).toContain('used the line before the flood');
    });

    it('keeps a quoted name but drops its hover card', () => {
      expect(body).toContain('said Lena Marsh, the operator');
      expect(body).not.toContain('Operator chief praises crews');
    });

    it("drops the author's bio at the foot of the story", () => {
      expect(body).not.toContain('transport correspondent');
    });

    it('drops "Advertisement" and "Read more" lines', () => {
      expect(body).not.toMatch(/Advertisement|Read more/);
    });

    it('reads headline, authors, date, site, canonical url and language from JSON-LD (@graph) and meta tags', () => {
      expect(article).toMatchObject({
        title: 'Valley Rail Line Reopens After Flood Repairs & Inspections',
        byline: 'Maria Okafor, Tom Reyes',
        publishedAt: '2024-03-05T08:30:00.000Z',
        site: 'The Valley Courier',
        url: 'https://courier.example/transport/valley-rail-reopens',
        language: 'en-GB',
      });
    });
  });

  describe('a page whose chrome is only recognisable by its text', () => {
    const article = extractHtml(fixture('chrome-without-class-names.html'));
    const body = article.paragraphs.join('\n\n');

    it('keeps the five story paragraphs, including ones starting "More than"', () => {
      expect(article.paragraphs).toHaveLength(5);
      expect(article.paragraphs[0]).toMatch(/^The ferry between Port Selby/);
      expect(article.paragraphs[4]).toMatch(/^More than a third of the deckhands/);
    });

    it.each([
      ['a caption ending in "Credit: Getty Images"', /Credit: Getty/],
      ['an "(Image: Reuters)" credit', /\(Image: Reuters\)/],
      ['a share prompt', /Share this article/],
      ['a follow-us line', /Follow us on/],
      ['an "Advertisement" line', /Advertisement/],
      ['a "Read more:" teaser', /Read more/],
      ['a linked related-story headline', /Strike talks collapse/],
      ['a date stamp line', /Updated 10:01 pm/],
      ['repeated hover-card names', /^Ruth Selby$/m],
      ['the list of story links under a "You may also like" heading', /second ferry|harbour wall|You may also like/],
    ])('drops %s', (_what, pattern) => {
      expect(body).not.toMatch(pattern);
    });

    it('drops an author that is really a date label ("Published Am Edt")', () => {
      expect(article.byline).toBeUndefined();
    });

    it('ignores an invalid JSON-LD date and takes article:published_time as an ISO instant', () => {
      expect(article.publishedAt).toBe('2023-07-14T10:15:00.000Z');
    });

    it('normalises the html lang attribute', () => {
      expect(article.language).toBe('pt-BR');
      expect(article.site).toBe('Island Post');
    });
  });

  describe('a WordPress post (caption, Jetpack share and related boxes, post navigation, comments)', () => {
    const article = extractHtml(fixture('wordpress-post.html'), { url: 'https://riverside.example/garden/' });

    it('keeps exactly the four story paragraphs', () => {
      expect(article.paragraphs).toHaveLength(4);
      expect(article.paragraphs[0]).toMatch(/^The community garden behind the old railway depot/);
      expect(article.paragraphs[3]).toMatch(/^The new plots will be smaller/);
      expect(article.paragraphs.join('\n')).not.toMatch(
        /Volunteers clear|Share this|Bees return|Previous post|Wonderful news|powered by/,
      );
    });

    it('reads the Yoast graph author by reference and the site name', () => {
      expect(article).toMatchObject({
        title: 'Community garden doubles its plots',
        byline: 'Iris Chen',
        publishedAt: '2022-09-03T14:05:00.000Z',
        site: 'Riverside Notes',
        language: 'en-US',
      });
    });
  });

  it('keeps an embedded post (a quoted tweet) but drops the share bar beside it', () => {
    const article = extractHtml(fixture('embedded-tweet.html'));
    const body = article.paragraphs.join('\n\n');
    expect(body).toContain('come for the lake, stay because the bridge is closed again.');
    expect(body).not.toMatch(/^(?:Share|Tweet|Email)$/m);
    expect(article.paragraphs[0]).toMatch(/^The town of Pinebrook unveiled/);
    expect(article.paragraphs.at(-1)).toMatch(/^Repairs to the bridge/);
  });

  it('keeps the paragraphs of a page too short for Readability to score', () => {
    expect(
      extractHtml('<html><body><p>Only one short line here.</p><p>And another one.</p></body></html>').paragraphs,
    ).toEqual(['Only one short line here.', 'And another one.']);
  });

  it.each([[''], ['<html><body></body></html>'], ['<html><head><title>Only a title</title></head></html>']])(
    'returns no paragraphs, not an error, for the empty page %j',
    (html) => {
      expect(extractHtml(html).paragraphs).toEqual([]);
    },
  );

  it('finds no story in binary bytes served as HTML', () => {
    // Deterministic "random" bytes: every byte value, shuffled by a fixed stride.
    const bytes = Array.from({ length: 8192 }, (_, i) => (i * 167 + 13) % 256);
    const garbage = String.fromCharCode(...bytes);
    expect(extractHtml(garbage).paragraphs).toEqual([]);
  });

  describe('pages whose markup trips the parser or the chrome rules', () => {
    const story = [
      'The county council voted on Tuesday to keep the night bus running through the winter months.',
      'Drivers had warned that the route was the only way home for hospital staff on the late shift.',
      'The service will be reviewed again in March, when the council sets its budget for the next year.',
    ];
    const paragraphs = story.map((text) => `<p>${text}</p>`).join('\n');
    const page = (head: string, between: string, body: string) =>
      `<!doctype html><html><head><title>Night bus saved</title>${head}</head>${between}<body>${body}</body></html>`;

    it('reads the story when a script stands between </head> and <body> (linkedom would hand out an empty body)', () => {
      const html = page(
        '',
        '<script>window.dataLayer = [];</script><noscript><iframe src="https://tags.example/ns"></iframe></noscript>',
        `<main><article><h1>Night bus saved</h1>${paragraphs}</article></main>`,
      );
      expect(extractHtml(html).paragraphs).toEqual(story);
    });

    it('keeps the content of a second <body> (merged into the first)', () => {
      const html = `${page('', '', `<article>${paragraphs}</article>`).replace('</html>', '')}<body><p>${story[0]}</p></body></html>`;
      expect(extractHtml(html).paragraphs.join(' ')).toContain(story[2]);
    });

    it('keeps the comments of highlighted code: a "comment" class inside <pre> is not a comment section', () => {
      const code =
        '<pre><code><span class="hljs-comment"># fetch the changes from the remote branch</span>\ngit pull</code></pre>';
      const html = page('', '', `<article>${paragraphs}${code}<p>${story[0]}</p></article>`);
      expect(extractHtml(html).paragraphs.join('\n')).toContain('# fetch the changes from the remote branch');
    });

    it('does not read a heading anchor\'s slug as a component name ("how-popular-…" is not a "popular" box)', () => {
      const section = (id: string, heading: string) => `<div id="${id}"><h2>${heading}</h2>${paragraphs}</div>`;
      const html = page(
        '',
        '',
        `<article>${section('1-heading-how-popular-are-night-buses-here', 'How popular are night buses?')}${section('2-heading-what-happens-next-for-the-route', 'What happens next?')}</article>`,
      );
      expect(extractHtml(html).paragraphs).toContain('How popular are night buses?');
    });

    it('still removes a short component name that says chrome ("most-popular")', () => {
      const html = page(
        '',
        '',
        `<article>${paragraphs}<div class="most-popular"><p>Ten things to do this weekend in the valley and beyond</p></div></article>`,
      );
      expect(extractHtml(html).paragraphs.join(' ')).not.toContain('Ten things to do');
    });
  });

  it('reads an HTML fragment and plain text without a document around them', () => {
    expect(extractHtml('<p>A fragment of a story.</p><p>Its second paragraph.</p>').paragraphs).toEqual([
      'A fragment of a story.',
      'Its second paragraph.',
    ]);
    expect(extractHtml('Plain text without any tags.').paragraphs).toEqual(['Plain text without any tags.']);
  });
});

describe('Function: blocksOf', () => {
  const texts = (html: string) =>
    blocksOf(
      parseHTML(`<html><body><div id="root">${html}</div></body></html>`).document.getElementById(
        'root',
      ) as unknown as Element,
    ).map((b) => b.text);

  it('never glues adjacent paragraphs together', () => {
    expect(texts('<p>First ends.</p><p>Second starts.</p>')).toEqual(['First ends.', 'Second starts.']);
  });

  it('splits at <br> and nested blocks, and normalises whitespace within a paragraph', () => {
    expect(texts('Intro  line<br>next\n line<div><p>Inner <b>bold</b>   text</p></div>tail')).toEqual([
      'Intro line',
      'next line',
      'Inner bold text',
      'tail',
    ]);
  });

  it('reads a table row as one line', () => {
    expect(
      texts(
        '<table><tr><td>1</td><td>Kyle</td><td>5040</td></tr><tr><td>2</td><td>Martin</td><td>5035</td></tr></table>',
      ),
    ).toEqual(['1 Kyle 5040', '2 Martin 5035']);
  });

  it('skips scripts and styles', () => {
    expect(texts('<p>Story<script>var x = 1;</script><style>p{}</style> text.</p>')).toEqual(['Story text.']);
  });

  it('counts link characters so teasers can be told from prose', () => {
    const [block] = blocksOf(
      parseHTML('<html><body><p id="p"><a href="/x">Linked words</a> and more</p></body></html>').document
        .body as unknown as Element,
    );
    expect(block!.linkChars).toBe('Linked words'.length);
  });
});
