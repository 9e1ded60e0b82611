import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMarkupTree } from '../../../lambdas/core/extract/markup-tree';
import { ELEMENT_NODE, TEXT_NODE } from '../../../lambdas/core/extract/node-types';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtureDir = resolve(repoRoot, 'test/fixtures/extract/html');

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

/** linkedom's elements in document order (from the top), with their parents' places in that order. */
function linkedomElements(document: Document): { names: string[]; parents: number[]; elements: Element[] } {
  const names: string[] = [];
  const parents: number[] = [];
  const elements: Element[] = [];
  const visit = (parent: Node, place: number) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      names.push(el.localName);
      parents.push(place);
      elements.push(el);
      visit(el, elements.length - 1);
    }
  };
  // linkedom's doctype has no next sibling: start from the root element.
  const root = document.documentElement;
  names.push(root.localName);
  parents.push(-1);
  elements.push(root);
  visit(root, 0);
  return { names, parents, elements };
}

/** The tree as text, adjacent text nodes read as one. */
function treeText(node: Node, depth = 0): string {
  let out = '';
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) text += child.nodeValue;
    if (child.nodeType !== ELEMENT_NODE) continue;
    if (text) out += `${' '.repeat(depth)}"${text}"\n`;
    text = '';
    const el = child as Element;
    out += `${' '.repeat(depth)}<${el.localName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}>\n`;
    out += treeText(el, depth + 1);
  }
  if (text) out += `${' '.repeat(depth)}"${text}"\n`;
  return out;
}

const PAGES: Record<string, string> = {
  'implied closes and stray closing tags': `<html><head><title>t</title></head><body><p>one<p>two<div>three</p></div><ul><li>a<li>b</ul></br><span>x</body></html>`,
  'void elements, self-closing tags and foreign content': `<html><head></head><body><img src=a.png><br/><div/>in div<math><mi/>x</math><input><p>end</p></body></html>`,
  'entities and attributes': `<html><head></head><body><div class="a &amp; b" id=x CLASS=y class=z>&amp;&lt;&#169; &copy</div><p hidden role=note aria-hidden="true">p</p></body></html>`,
  'a closing tag that closes elements left open inside': `<html><head></head><body><section><div><span>a<b>b</section><p>after</p></body></html>`,
};
const fixtures = Object.fromEntries(
  readdirSync(fixtureDir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, readFileSync(resolve(fixtureDir, name), 'utf8')]),
);

describe('Function: readMarkupTree', () => {
  describe.each(Object.entries({ ...PAGES, ...fixtures }))('on %s', (_, html) => {
    const tree = readMarkupTree(html);
    const document = documentOf(html);
    const built = linkedomElements(document);

    it('has linkedom\u2019s elements, in its order, under the same parents', () => {
      expect(tree.names.slice(0, tree.count)).toEqual(built.names);
      expect([...tree.parents.slice(0, tree.count)]).toEqual(built.parents);
      const inside = (j: number, i: number) => {
        for (let up = built.parents[j]!; up >= 0; up = built.parents[up]!) if (up === i) return true;
        return false;
      };
      for (let i = 0; i < tree.count; i++) {
        let end = i + 1;
        while (end < tree.count && inside(end, i)) end++;
        expect(tree.ends[i]).toBe(end);
      }
    });

    it('has the attributes linkedom reads for the chrome rule, and each element\u2019s text', () => {
      for (let i = 0; i < tree.count; i++) {
        const el = built.elements[i]!;
        expect(tree.classes[i] ?? null).toBe(el.getAttributeNode('class')?.value ?? null);
        expect(tree.ids[i] ?? null).toBe(el.getAttribute('id'));
        expect(tree.roles[i] ?? null).toBe(el.getAttribute('role'));
        expect(tree.hidden[i] === 1).toBe(el.hasAttribute('hidden'));
        const text = tree.texts.slice(tree.firstText[i], tree.endText[i]).join('');
        expect(text).toBe(el.textContent);
      }
    });

    it('gives a span only where cutting it leaves linkedom\u2019s tree less that element', () => {
      let spans = 0;
      for (let i = 0; i < tree.count; i++) {
        const stop = tree.stops[i]!;
        if (stop < 0 || tree.names[i] === 'html' || tree.names[i] === 'body' || tree.names[i] === 'head') continue;
        spans++;
        const cut = documentOf(html.slice(0, tree.starts[i]) + html.slice(stop));
        const whole = documentOf(html);
        linkedomElements(whole).elements[i]!.remove();
        expect(treeText(cut)).toBe(treeText(whole));
        if (spans >= 40) break;
      }
      expect(spans).toBeGreaterThan(0);
    });
  });

  it('gives no span to an element whose start tag closes an open paragraph', () => {
    const tree = readMarkupTree('<html><head></head><body><p>a<div>b</div>c</p></body></html>');
    const div = tree.names.indexOf('div');
    expect(tree.stops[div]).toBe(-1);
  });

  it('gives no span to an element closed by its parent\u2019s closing tag', () => {
    const tree = readMarkupTree('<html><head></head><body><div><span>a</div></body></html>');
    expect(tree.stops[tree.names.indexOf('span')]).toBe(-1);
    expect(tree.stops[tree.names.indexOf('div')]).toBeGreaterThan(0);
  });
});
