import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CHROME_MARK, cutChromeBeforeParse } from '../../../lambdas/core/extract/chrome-before-parse';
import { replayWithEdits } from '../../../lambdas/core/extract/markup-replay';
import { readMarkupTree } from '../../../lambdas/core/extract/markup-tree';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtureDir = resolve(repoRoot, 'test/fixtures/extract/html');

const parsed = (html: string) => parseHTML(html).document as unknown as Document;

/**
 * A document node by node: each node's kind and class, element names and
 * attributes in their order, and every text node on its own (two adjacent
 * text nodes are not one), with the doctype.
 */
function nodeByNode(document: Document): string {
  const lines: string[] = [`doctype ${String(document.doctype)}`];
  const line = (node: Node, depth: number) => {
    const indent = ' '.repeat(depth);
    if (node.nodeType !== 1) {
      lines.push(`${indent}${node.nodeType} ${JSON.stringify(node.nodeValue)}`);
      return;
    }
    const el = node as Element;
    const attributes = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ');
    lines.push(`${indent}${el.constructor.name} <${el.localName} ${attributes}> class=${el.className}`);
    for (let child = el.firstChild; child; child = child.nextSibling) line(child, depth + 1);
  };
  // linkedom's doctype has no next sibling: from the root element, and what follows it.
  for (let node: Node | null = document.documentElement; node; node = node.nextSibling) line(node, 0);
  return lines.join('\n');
}

const STORY = [
  'The ferry company said on Monday that the winter timetable will run two extra crossings on weekdays.',
  'Passengers asked for the change last year, when queues at the harbour grew past an hour most mornings.',
  'The extra crossings start in November &amp; run until March, a spokeswoman for the company said.',
];
const story = `<div class="article">${STORY.map((p) => `<p>${p}</p>`).join('\n')}</div>`;
const links = (n: number) =>
  `<ul class="q7">${Array.from({ length: n }, (_, i) => `<li><a href="/route/${i}">Route ${i} timetable</a></li>`).join('')}</ul>`;
const page = (body: string, head = '<title>Ferry</title>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

/** Invented pages for the differences between the events and the edited string (markup-replay.ts). */
const PAGES: Record<string, string> = {
  'text on both sides of a cut, which the parser reads as one run': page(
    `<p>Boats leave at nine<span class="credit">Photo: J. Roe</span> and at noon.</p>${story}`,
  ),
  'text on both sides of two cuts in a row': page(
    `<p>First<span class="credit">a</span><span class="caption">b</span>last</p>${story}<div>tail<nav>x</nav>\n</div>`,
  ),
  'an entity on either side of a cut, which stays a node of its own': page(
    `<p>Fish &amp;<span class="credit">x</span> chips</p><p>Tea<span class="credit">y</span>&amp; cake</p><p>a &semi;<span class="credit">z</span>; b</p>${story}`,
  ),
  'a lone < in text, which the parser reads as two runs': page(
    `<p>a < b<span class="credit">x</span>c > d</p>${story}`,
  ),
  'chrome that must be marked, not cut': page(
    `<div><p>Before the menu<nav class="m" id="n">Home | News</nav>after the menu.</div>${story}`,
  ),
  'a highlighted listing with entities and line breaks': page(
    `${story}<pre class="code"><span class="k">if</span> a &lt; b &amp;&amp; c<br><b>x</b>&lt;</pre><pre></pre>`,
  ),
  'a menu of links and a footer around the story': page(
    `<header><nav>${links(3)}</nav></header>${links(40)}${story}<footer>© 2025 Ferry Co</footer>`,
  ),
  'comments, CDATA and a drawing': page(
    `<!-- a note --><p>x<![CDATA[ raw ]]>y</p><svg viewBox="0 0 1 1"><path d="M0 0"/><g><circle r="1"/></g></svg>${story}`,
  ),
  'implied closes and stray closing tags': page(`<p>one<p>two<div>three</p></div><ul><li>a<li>b</ul></br>${story}`),
  'attributes repeated, in upper case and named by numbers': page(
    `<div class="a  b a" CLASS="c" id=x 2="two" 1="one" data-x=1 data-x=2>${story}</div>`,
  ),
  'class values to join, on HTML and SVG elements': page(
    `<div CLASS="c" class=" d  d e "><p class="">x</p><span class="\tx\ny ">y</span><svg class=" s  s "><g class="t t"></g></svg></div>${story}`,
  ),
  'text outside the root element': `<!doctype html>\n<html><head><title>t</title></head><body>${story}</body></html>\n\n`,
};

const fixtures = Object.fromEntries(
  readdirSync(fixtureDir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, readFileSync(resolve(fixtureDir, name), 'utf8')]),
);

describe('Function: replayWithEdits', () => {
  describe.each(Object.entries({ ...PAGES, ...fixtures }))('on %s', (_, html) => {
    it('without edits, builds the document linkedom parses from the page', () => {
      const built = replayWithEdits(readMarkupTree(html), {
        cut: [],
        marked: [],
        mark: CHROME_MARK,
        listings: new Map(),
      });
      expect(nodeByNode(built!)).toBe(nodeByNode(parsed(html)));
    });

    it('with the chrome cut, builds the document linkedom parses from the cut page', () => {
      const cut = cutChromeBeforeParse(html);
      if (!cut) return;
      expect(nodeByNode(cut.parse())).toBe(nodeByNode(parsed(cut.html)));
    });
  });

  it('cuts, marks and writes listings in the pages made for it', () => {
    const cut = (name: string) => cutChromeBeforeParse(PAGES[name]!)!;
    expect(cut('text on both sides of a cut, which the parser reads as one run').html).toContain(
      'Boats leave at nine and at noon.',
    );
    expect(cut('chrome that must be marked, not cut').marked).toBe(1);
    expect(cut('a highlighted listing with entities and line breaks').html).toContain(
      '<pre class="code">if a &lt; b &amp;&amp; c\nx&lt;</pre>',
    );
  });

  it('declines a page that ends inside a start tag (linkedom never builds that element)', () => {
    const html = page(`${story}<div class="x`);
    expect(replayWithEdits(readMarkupTree(html), { cut: [], marked: [], mark: CHROME_MARK, listings: new Map() })).toBe(
      undefined,
    );
  });
});
