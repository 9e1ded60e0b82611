import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cutChromeBeforeParse } from '../../../lambdas/core/extract/chrome-before-parse';
import { limitMarkupNesting, VOID_ELEMENTS } from '../../../lambdas/core/extract/depth';
import { INERT_MARKUP } from '../../../lambdas/core/extract/inert-markup';
import { MarkupChunks, markupOf, type MarkupText, matchesAnywhere } from '../../../lambdas/core/extract/markup-chunks';
import { cutMarkup, cutMarkupInChunks } from '../../../lambdas/core/extract/markup-scan';
import { readMarkupTree } from '../../../lambdas/core/extract/markup-tree';
import { unreadAttributeRule } from '../../../lambdas/core/extract/unread-attributes';
import { seededSequence } from '../../helpers/seeded-sequence';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtureDir = resolve(repoRoot, 'test/fixtures/extract/html');
const fixtures = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.html'))
  .map((name) => readFileSync(resolve(fixtureDir, name), 'utf8'));

/** `text` held in chunks of at most `size` characters, cut at every `size`th character whatever is there. */
const chunked = (text: string, size: number) => markupOf([text], size) as MarkupChunks;

/** Pages whose runs of text, entities, raw text, attributes and comments a chunk's end can fall inside of. */
const PAGES = [
  '<html><head><title>A &amp; B</title><script type="application/ld+json">{"a": "</scr" }</script></head><body>' +
    '<p class="lead story" id=x>Some text &amp;&lt; more text &copy and &notit; then &#169;&#x41;</p>' +
    '<!-- a comment --><div data-x="a &quot; b">one<br>two<span>three</span>four</div>' +
    '<textarea>raw &amp; <b>text</b></textarea><pre>line\n  <span>x &lt; y</span><br>line</pre><p>a<div>b</div>c</p></body></html>',
  `<html><head></head><body>${'word '.repeat(40)}<p>${'&amp;x'.repeat(10)}</p><![CDATA[ c ]]><?pi x?></body></html>`,
  '<html><head></head><body><div><span>a</div></br>unclosed<p>one<p>two<ul><li>a<li>b</ul><svg><g/></svg>x</body></html>',
  '<html><head></head><body><p>Intro</p><pre>let a\n  <span>x &lt; y</span><br>end</pre><nav><a href="/">Home</a></nav><p>After</p></body></html>',
];

describe('Class: MarkupChunks', () => {
  const text = 'a<b>c&amp;’d</b>e—<i x="1">f</i>';

  it('reads as the string its chunks join into, at every offset and across every chunk end', () => {
    for (const size of [1, 2, 3, 5, 8]) {
      const markup = chunked(text, size);
      expect(markup.chunks.length).toBe(Math.ceil(text.length / size));
      expect(markup.length).toBe(text.length);
      expect(String(markup)).toBe(text);
      for (let i = -1; i <= text.length; i++)
        expect([size, i, markup.charCodeAt(i)]).toEqual([size, i, text.charCodeAt(i)]);
      for (let from = -2; from <= text.length + 1; from++) {
        for (let to = from - 1; to <= text.length + 2; to++)
          expect([size, from, to, markup.slice(from, to)]).toEqual([size, from, to, text.slice(from, to)]);
        for (const search of ['<', '>', '</', '&amp;', '="1">', 'e—<i', 'zz', ''])
          expect([size, search, from, markup.indexOf(search, from)]).toEqual([
            size,
            search,
            from,
            text.indexOf(search, from),
          ]);
      }
      for (const search of ['c&amp;’d', '</i>', 'a<b>c', 'x="2"'])
        expect(markup.includes(search)).toBe(text.includes(search));
    }
  });

  it('holds markup that fits in one chunk as one string, and longer markup in chunks no longer than the limit', () => {
    expect(markupOf(['<p>', 'short', '</p>'], 12)).toBe('<p>short</p>');
    const long = markupOf(['<p>', 'a longer text', '</p>', '<p>and more</p>'], 8);
    expect(long).toBeInstanceOf(MarkupChunks);
    expect((long as MarkupChunks).chunks.every((chunk) => chunk.length <= 8)).toBe(true);
    expect(String(long)).toBe('<p>a longer text</p><p>and more</p>');
  });
});

describe('Function: cutMarkupInChunks', () => {
  it('keeps what cutMarkup keeps', () => {
    for (const html of [...fixtures, ...PAGES]) {
      const rules = { ...INERT_MARKUP, keepsAttribute: unreadAttributeRule(html) };
      expect(String(cutMarkupInChunks(html, rules))).toBe(cutMarkup(html, rules));
    }
  });
});

describe('Function: readMarkupTree on markup in chunks', () => {
  it('reads the tree and the events of the joined string, a run of text cut by a chunk end read as one', () => {
    for (const html of [...PAGES, ...fixtures])
      for (const size of [1, 2, 3, 7, 64]) {
        const joined = readMarkupTree(html);
        const inChunks = readMarkupTree(chunked(html, size));
        expect({ size, html, tree: inChunks }).toEqual({ size, html, tree: joined });
      }
  });
});

describe('Function: cutChromeBeforeParse on markup in chunks', () => {
  it('makes the cut and builds the document it makes of the joined string', () => {
    for (const html of [...fixtures, ...PAGES]) {
      const joined = cutChromeBeforeParse(html);
      for (const size of [1, 5, 64]) {
        const inChunks = cutChromeBeforeParse(chunked(html, size));
        expect(inChunks?.html).toBe(joined?.html);
        expect(inChunks?.parse().toString()).toBe(joined?.parse().toString());
      }
    }
  });
});

describe('Function: limitMarkupNesting on markup in chunks', () => {
  /** The depth check as depth.test.ts's reference reads it, on the joined string. */
  const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(\/?)>/g;
  function referenceOverflows(html: string, maxDepth: number): boolean {
    let depth = 0;
    for (const m of html.matchAll(TAG)) {
      if (m[1]) depth = Math.max(0, depth - 1);
      else if (!m[3] && !VOID_ELEMENTS.has(m[2]!.toLowerCase()) && ++depth > maxDepth) return true;
    }
    return false;
  }
  const pieces = [
    '<div>',
    '</div>',
    '<p class="a">',
    '<br>',
    '<span/>',
    '</a/>',
    '<b <i>',
    'text',
    '<',
    '>',
    '</DIV >',
  ];

  it('answers as on the joined string when tags are cut by the ends of chunks', () => {
    const next = seededSequence(11);
    let overflowing = 0;
    for (let page = 0; page < 150; page++) {
      const html = Array.from({ length: 8 + (next() % 30) }, () => pieces[next() % pieces.length]).join('');
      for (const maxDepth of [1, 2, 3]) {
        if (html.length < maxDepth * 3) continue;
        const expected = referenceOverflows(html, maxDepth);
        if (expected) overflowing++;
        for (const size of [1, 2, 3, 6]) {
          const limited: MarkupText = limitMarkupNesting(chunked(html, size), maxDepth);
          expect({ html, maxDepth, size, overflows: limited instanceof MarkupChunks === false }).toEqual({
            html,
            maxDepth,
            size,
            overflows: expected,
          });
          if (expected) expect(limited).toBe(limitMarkupNesting(html, maxDepth));
        }
      }
    }
    expect(overflowing).toBeGreaterThan(30);
  });
});

describe('Function: matchesAnywhere', () => {
  it('finds a match within a chunk and across the end of one, and nothing else', () => {
    const text = 'a <p>b</p> <HTML lang="en"><body>c';
    for (const size of [1, 2, 3, 4, 5, 6, 7, 11]) {
      const markup = chunked(text, size);
      expect([size, matchesAnywhere(markup, /<html[\s>]/i, 6)]).toEqual([size, true]);
      expect([size, matchesAnywhere(markup, /<body>/, 6)]).toEqual([size, true]);
      expect([size, matchesAnywhere(markup, /<head>/, 6)]).toEqual([size, false]);
    }
    expect(matchesAnywhere(text, /<html[\s>]/i, 6)).toBe(true);
  });
});
