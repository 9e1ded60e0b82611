import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  CHROME_MARK,
  cutChromeBeforeParse,
  figuresBeforeParse,
  removeMarkedChrome,
} from '../../../lambdas/core/extract/chrome-before-parse';
import { removeBoilerplateElements } from '../../../lambdas/core/extract/chrome-markup';
import { flattenCodeBlocks } from '../../../lambdas/core/extract/code-blocks';
import { normaliseDocumentShape } from '../../../lambdas/core/extract/document-shape';
import { readMetadata } from '../../../lambdas/core/extract/metadata';
import { ELEMENT_NODE, TEXT_NODE } from '../../../lambdas/core/extract/node-types';
import { removeResponsiveCopies } from '../../../lambdas/core/extract/responsive-copies';
import { revealStreamedSegments } from '../../../lambdas/core/extract/streamed-html';
import { measureText } from '../../../lambdas/core/extract/text-stats';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtureDir = resolve(repoRoot, 'test/fixtures/extract/html');

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

/** The body as text: elements with their attributes, text (adjacent text nodes read as one), depth by indentation. */
function bodyTree(document: Document): string {
  const lines: string[] = [];
  const visit = (node: Node, depth: number) => {
    let text = '';
    const flush = () => {
      if (text) lines.push(`${' '.repeat(depth)}"${text}"`);
      text = '';
    };
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) text += child.nodeValue;
      if (child.nodeType !== ELEMENT_NODE) continue;
      flush();
      const element = child as Element;
      const attributes = [...element.attributes].map((a) => `${a.name}=${a.value}`);
      lines.push(`${' '.repeat(depth)}<${element.localName} ${attributes.join(' ')}>`);
      visit(element, depth + 1);
    }
    flush();
  };
  visit(document.body, 0);
  return lines.join('\n');
}

/** The chrome pass after parsing, as the extraction runs it when nothing was judged before. */
function chromeAfterParse(html: string): string {
  const document = documentOf(html);
  normaliseDocumentShape(document);
  revealStreamedSegments(document.body);
  flattenCodeBlocks(document.body);
  let stats = measureText(document.body);
  if (removeResponsiveCopies(document.body, stats) > 0) stats = measureText(document.body);
  removeBoilerplateElements(document.body, stats);
  return bodyTree(document);
}

/** The chrome judged before parsing: cut, then the marked elements removed after parsing. */
function chromeBeforeParse(html: string): string | undefined {
  const cut = cutChromeBeforeParse(html);
  if (!cut) return undefined;
  const document = documentOf(cut.html);
  flattenCodeBlocks(document.body);
  removeMarkedChrome(document.body);
  return bodyTree(document);
}

const STORY = [
  'The harbour board voted on Tuesday to rebuild the north pier, which storms closed two winters ago.',
  'Work starts in spring and should take eighteen months, the board said, at a cost shared with the county.',
  'Fishing crews, who have unloaded at the south quay since the closure, welcomed the decision &amp; the date.',
];
const story = `<div class="post">${STORY.map((p) => `<p>${p}</p>`).join('\n')}</div>`;
const menu = (items: number) =>
  `<div class="x9k2"><ul>${Array.from({ length: items }, (_, i) => `<li><a href="/t/${i}">Topic ${i} of the county guide</a></li>`).join('')}</ul></div>`;
const page = (body: string, head = '<title>Pier</title>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

/** text-stats.ts's figures after code-blocks.ts, for the body and each element in it in document order. */
function figuresAfterParse(html: string): unknown[] {
  const document = documentOf(html);
  normaliseDocumentShape(document);
  revealStreamedSegments(document.body);
  flattenCodeBlocks(document.body);
  const stats = measureText(document.body);
  const figures: unknown[] = [stats.get(document.body)];
  const visit = (parent: Element) => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      figures.push(stats.get(el));
      visit(el);
    }
  };
  visit(document.body);
  return figures;
}

/** Pages that exercise each rule and each case where a span must not be cut. */
const CASES: Record<string, string> = {
  'a menu, a footer and a share bar around a story': page(
    `<nav><a href="/">Home</a></nav>${menu(60)}<div class="share-bar"><a href="#">Share</a></div>${story}<footer>© 2025</footer>`,
  ),
  'a comment thread in list items': page(
    `${story}<ol>${Array.from({ length: 5 }, (_, i) => `<li class="comment depth-1"><p>Reader ${i} wrote a reply about the pier.</p></li>`).join('')}</ol>`,
  ),
  'chrome that closes an open paragraph (its start tag ends the <p>)': page(
    `<div><p>Before the menu<nav>Home | News</nav>after the menu, still text.</div>${story}`,
  ),
  'chrome left open, closed by its parent': page(`<div>${story}<aside class="related"><p>Read more</div>`),
  'text that would join into an entity across the cut': page(
    `<div><p>Fish &am<span class="credit">x</span>p; chips</p></div>${story}`,
  ),
  'hidden and aria-hidden boxes, a credit inside a paragraph, a related link inside one': page(
    `<div hidden>Menu</div><div aria-hidden="true">Icons</div><p>A photo <span class="credit">Photo: J. Roe</span> and <a class="related-link" href="/x">a link</a>.</p>${story}`,
  ),
  'an embedded post in a social box, and a table of links': page(
    `${story}<div class="social-embed"><blockquote>What a day at the pier</blockquote></div><div class="embed"><table>${Array.from({ length: 30 }, (_, i) => `<tr><td><a href="/c/${i}">Company ${i}</a></td></tr>`).join('')}</table></div>`,
  ),
  'a highlighted code listing, with links and line breaks inside it': page(
    `${story}<pre class="code">${Array.from({ length: 50 }, (_, i) => `<span class="k">let</span> <a href="/v${i}">v${i}</a> = ${i};<br>`).join('')}</pre><div class="sharing">Share</div>`,
  ),
  'a section rendered twice (responsive copies) next to chrome': page(
    `${Array.from({ length: 2 }, () => `<section>${story}<div class="promo">Subscribe today for the county news</div></section>`).join('')}<div class="newsletter">Sign up</div>`,
  ),
  'chrome holding the first dated <time>, JSON-LD and a <meta>': page(
    `<header class="masthead"><time datetime="2025-03-01">1 March</time></header><div class="promo"><meta itemprop="author" content="J. Roe"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier"}</script></div><time datetime="2025-03-04">4 March</time>${story}`,
  ),
  'a listing inside a link, a listing inside a paragraph, line breaks in both': page(
    `${story}<a href="/src"><pre><b>a</b><br>b</pre></a><p>Run <span><pre><i>x</i><br><br>y</pre></span> now</p><template><pre><b>t</b><br></pre></template>`,
  ),
  'elements beside the body, before and after it': `<!doctype html><html><head><title>t</title></head>\n<noscript><iframe src="/tag"></iframe></noscript>\n<div class="promo">Before</div>\n<body>\n${story}<nav>Menu</nav>\n</body>\n<footer>After</footer><div class="x">${menu(50)}</div>\n</html>`,
  'streamed segments, each moved to its placeholder': page(
    `<main><template id="B:0"></template><div class="skeleton">Loading</div><nav>Menu</nav><template id="B:1"></template></main><footer>f</footer><div hidden id="S:1" class="late"><p>Later part of the story, sent last by the server.</p></div><div hidden id="S:0">${story}<div class="share">Share</div></div><script>$RC("B:0","S:0")</script>`,
  ),
  'streamed segments holding their own placeholder, another one\u2019s, or none, and an id that is no segment\u2019s':
    page(
      `<main><template id="B:1"></template><nav>Menu</nav></main><div hidden id="S:0"><template id="B:0"></template>${story}<template id="B:2"></template></div><div hidden id="S:1"><p>Part one, sent first by the server and placed at the top.</p></div><div hidden id="S:2"><p>Part two, placed inside the first segment.</p></div><div hidden id="S:3"><p>Part three, with no placeholder.</p></div><div hidden id="S:a"><p>Not a segment.</p></div>`,
    ),
  'an element inside a <template>, and a void element that is chrome': page(
    `<template><div class="share">Share</div></template><img class="sponsor" src="a.png">${story}`,
  ),
  'boxes of one class told apart by their ids, and ids shared by boxes of other classes': page(
    `<div class="box" id="newsletter">Sign up for the pier news</div><div class="box" id="pier">${story}</div><div class="box">Plain words about the quay.</div><div class="card" id="newsletter">Sign up</div><div class="card related" id="pier">Read</div>`,
  ),
  'unquoted and repeated attributes, upper-case names': page(
    `<DIV CLASS=share class="post">Share</DIV><div id=sidebar class="x">Side</div><div class="Related">Read</div>${story}`,
  ),
};

describe('Function: cutChromeBeforeParse', () => {
  describe.each(Object.entries(CASES))('on %s', (_, html) => {
    it('judges by the figures text-stats.ts measures after parsing', () => {
      expect(figuresBeforeParse(html)).toEqual(figuresAfterParse(html));
    });

    it('leaves the tree the chrome pass after parsing leaves', () => {
      expect(chromeBeforeParse(html)).toBe(chromeAfterParse(html));
    });
  });

  describe.each(readdirSync(fixtureDir).filter((name) => name.endsWith('.html')))('on the fixture %s', (name) => {
    it('leaves the tree the chrome pass after parsing leaves, or leaves the page to that pass', () => {
      const html = readFileSync(resolve(fixtureDir, name), 'utf8');
      const before = chromeBeforeParse(html);
      if (before === undefined) return;
      expect(figuresBeforeParse(html)).toEqual(figuresAfterParse(html));
      expect(before).toBe(chromeAfterParse(html));
    });
  });

  it('cuts the chrome out of the markup, so it is never built', () => {
    const html = CASES['a menu, a footer and a share bar around a story']!;
    const cut = cutChromeBeforeParse(html)!;
    expect(cut.marked).toBe(0);
    expect(cut.html).not.toContain('Topic 1 of');
    expect(cut.html).not.toContain('<nav>');
    expect(cut.html).not.toContain('© 2025');
    for (const p of STORY) expect(cut.html).toContain(p);
  });

  it('writes a highlighted listing as its text, line breaks and entities as the parser reads them back', () => {
    const cut = cutChromeBeforeParse(
      page(`${story}<pre class="code"><span class="k">if</span> a &lt; b &amp;&amp; c<br><b>x</b></pre>`),
    )!;
    expect(cut.html).toContain('<pre class="code">if a &lt; b &amp;&amp; c\nx</pre>');
  });

  it('marks, not cuts, chrome whose span cannot be cut cleanly', () => {
    const cut = cutChromeBeforeParse(CASES['chrome that closes an open paragraph (its start tag ends the <p>)']!)!;
    expect(cut.html).toContain(`<nav ${CHROME_MARK}>`);
    expect(cut.marked).toBe(1);
    expect(cutChromeBeforeParse(CASES['text that would join into an entity across the cut']!)!.html).toContain(
      `<span ${CHROME_MARK} class="credit">`,
    );
  });

  it('keeps what the metadata is read from until the metadata has been read', () => {
    const html = CASES['chrome holding the first dated <time>, JSON-LD and a <meta>']!;
    const cut = cutChromeBeforeParse(html)!;
    expect(cut.marked).toBe(2);
    expect(readMetadata(documentOf(cut.html), undefined)).toEqual(readMetadata(documentOf(html), undefined));
  });

  it('leaves to the pass after parsing a page with two bodies, or streamed segments that hold each other\u2019s placeholders', () => {
    expect(cutChromeBeforeParse(`<html><head></head><body>${story}</body><body><nav>x</nav></body></html>`)).toBe(
      undefined,
    );
    const looped = `<div hidden id="S:0"><template id="B:1"></template>${story}</div><div hidden id="S:1"><template id="B:0"></template><p>Part two of the story, which the server sent second.</p></div>`;
    expect(cutChromeBeforeParse(page(looped))).toBe(undefined);
  });

  it('leaves a page that already carries the mark to the pass after parsing', () => {
    expect(cutChromeBeforeParse(page(`<div ${CHROME_MARK}>x</div>${story}`))).toBe(undefined);
  });
});
