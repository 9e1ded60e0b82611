import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ELEMENT_NODE, TEXT_NODE } from '../../../lambdas/core/extract/node-types';
import { INERT_MARKUP, withoutInertMarkup } from '../../../lambdas/core/extract/inert-markup';
import { cutMarkup } from '../../../lambdas/core/extract/markup-scan';
import { unreadAttributeRule, withoutUnreadAttributes } from '../../../lambdas/core/extract/unread-attributes';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtureDir = resolve(repoRoot, 'test/fixtures/extract/html');

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

/** The tree as text: every element with its attributes (name=value, in order), every text node, depth by indentation. */
function treeOf(html: string, keep: (element: Element, name: string) => boolean = () => true): string {
  const lines: string[] = [];
  const visit = (node: Node, depth: number) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) lines.push(`${' '.repeat(depth)}"${child.nodeValue}"`);
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as Element;
      const attributes = [...element.attributes]
        .filter((a) => keep(element, a.name))
        .map((a) => `${a.name}=${a.value}`);
      lines.push(`${' '.repeat(depth)}<${element.localName} ${attributes.join(' ')}>`);
      visit(element, depth + 1);
    }
  };
  visit(documentOf(html).documentElement, 0);
  return lines.join('\n');
}

/** Attributes that were kept, read off the page after the cut. */
function attributesOf(html: string, selector: string): string[] {
  const element = documentOf(withoutUnreadAttributes(html)).querySelector(selector);
  return element ? [...element.attributes].map((a) => `${a.name}=${a.value}`) : [];
}

describe('Function: withoutUnreadAttributes', () => {
  it('cuts attributes no stage reads and keeps the ones that are read', () => {
    const html =
      '<html><body><div class="story" data-track-id="x1" target="_blank" id="main" aria-label="Story" style="color:red" hidden role="main">Text</div></body></html>';
    expect(attributesOf(html, 'div')).toEqual(['class=story', 'id=main', 'style=color:red', 'hidden=', 'role=main']);
  });

  it('keeps the links, microdata, bylines, languages and table spans the passes read', () => {
    const html =
      '<html lang="en"><body><a href="#note" rel="author" title="Ada" itemprop="author" dir="ltr">Ada</a><table><tr><td colspan="2" rowspan="3" data-x="1">c</td></tr></table></body></html>';
    expect(attributesOf(html, 'a')).toEqual(['href=#note', 'rel=author', 'itemprop=author', 'dir=ltr']);
    expect(attributesOf(html, 'td')).toEqual(['colspan=2', 'rowspan=3']);
    expect(attributesOf(html, 'html')).toEqual(['lang=en']);
  });

  it('keeps every attribute of embeds and metadata elements, and image attributes that name an image file', () => {
    const html =
      '<html><head><meta property="og:title" content="T" data-x="1"></head><body>' +
      '<iframe data-embed="https://www.youtube.com/embed/x" width="5"></iframe>' +
      '<img src="a.png" data-lazy="b.jpg" alt="A photo" width="300" loading="lazy" class="lazy"></body></html>';
    expect(attributesOf(html, 'meta')).toEqual(['property=og:title', 'content=T', 'data-x=1']);
    expect(attributesOf(html, 'iframe')).toEqual(['data-embed=https://www.youtube.com/embed/x', 'width=5']);
    expect(attributesOf(html, 'img')).toEqual(['src=a.png', 'data-lazy=b.jpg', 'class=lazy']);
  });

  it('leaves a page with an <object> whole: Readability reads the markup inside it', () => {
    const html =
      '<p data-x="1">a</p><object data="movie.swf"><param name="movie" value="x"><b title="t">b</b></object>';
    expect(withoutUnreadAttributes(html)).toBe(html);
  });

  it('keeps the first of two attributes of one name, as the parser does', () => {
    expect(attributesOf('<div data-x="1" class="a" class="b">x</div>', 'div')).toEqual(['class=a']);
    expect(attributesOf('<img alt="plain" alt="photo.jpg" src="a.png">', 'img')).toEqual(['src=a.png']);
  });

  it.each([
    ['a ">" inside a quoted value', '<div title="a>b" class="c">text</div><p data-y=\'<p>\'>more</p>'],
    ['an unquoted value that holds a slash', '<a href=/x/ data-y=1>link</a><a data-z=2 href=/y/>two</a>'],
    ['a quoted value followed by a name without a space', '<div class="a"data-x="1"id="b">x</div>'],
    ['a slash between attributes', '<div data-x="1"/class="a"/ id=b>x</div>'],
    ['a name without a value before a stray "="', '<div a data-x=1 =b>x</div>'],
    ['self-closing tags', '<br data-x="1"/><math><mi data-x="1" mathvariant="bold"/>x</math><p data-y="2" />y'],
    [
      'raw text that looks like tags',
      '<title>a <b data-x=1> c</title><textarea><i data-x=2></textarea><xmp><u data-z=3></xmp>',
    ],
    [
      'JSON-LD that looks like tags',
      '<script type="application/ld+json">{"a":"<b data-x=1>"}</script><p data-y="2">p</p>',
    ],
    ['a closing tag ended by a quoted ">"', '</div data-x=">"><p data-y="1">text</p>'],
    [
      'comments, declarations and CDATA',
      '<!-- <b data-x=1> --><!x <b data-y=2>><![CDATA[<i data-z=3>]]><?pi <u data-w=4>?><p data-v=5>t</p>',
    ],
    ['a "<" that starts no tag', 'a < b <3 <<div data-x="1">c</div>'],
    ['upper-case names', '<DIV CLASS="a" DATA-X="1" Style="s">x</DIV>'],
    ['entities in values', '<a href="?a=1&amp;b=2" data-x="&gt;">x</a>'],
  ])('builds the same tree, less the cut attributes, for %s', (_label, body) => {
    const html = `<html><body>${body}<p data-k="1">end</p></body></html>`;
    const cut = withoutUnreadAttributes(html);
    expect(cut).not.toContain('data-k');
    const remaining = new Set(treeOf(cut).match(/ [^ >=]+=/g) ?? []);
    // Same elements and text; of the original attributes exactly those still present.
    expect(treeOf(cut)).toBe(treeOf(html, (_el, name) => remaining.has(` ${name}=`)));
  });

  it('passes the rest of the page on as it is after a tag that never ends', () => {
    const html = '<p data-x="1">a</p><div data-y="2" title="never closed';
    expect(withoutUnreadAttributes(html)).toBe('<p >a</p><div data-y="2" title="never closed');
  });

  it('cuts inert markup and unread attributes in one scan', () => {
    const html =
      '<p data-x="1" class="a">One</p><script>track("<p data-y=2>")</script><!-- note --><svg><title>t</title></svg><p id="b" target="t">Two</p>';
    expect(cutMarkup(html, { ...INERT_MARKUP, keepsAttribute: unreadAttributeRule(html) })).toBe(
      '<p  class="a">One</p><p id="b" >Two</p>',
    );
  });

  it('returns a page without unread attributes unchanged', () => {
    const html = '<html><body><p class="a">Plain <em>page</em></p></body></html>';
    expect(withoutUnreadAttributes(html)).toBe(html);
  });

  describe.each(readdirSync(fixtureDir).filter((name) => name.endsWith('.html')))('on the fixture %s', (name) => {
    const html = readFileSync(resolve(fixtureDir, name), 'utf8');

    it('cuts in one scan what the inert-markup cut and then the attribute cut give', () => {
      const both = cutMarkup(html, { ...INERT_MARKUP, keepsAttribute: unreadAttributeRule(html) });
      expect(both).toBe(withoutUnreadAttributes(withoutInertMarkup(html)));
    });

    it('builds the same tree, less the cut attributes', () => {
      const cut = withoutUnreadAttributes(html);
      expect(cut.length).toBeLessThanOrEqual(html.length);
      const remaining = new Set(treeOf(cut).match(/ [^ >=]+=/g) ?? []);
      expect(treeOf(cut)).toBe(treeOf(html, (_el, attribute) => remaining.has(` ${attribute}=`)));
    });
  });
});
