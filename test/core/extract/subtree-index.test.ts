import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SubtreeIndex } from '../../../lambdas/core/extract/subtree-index';

function rootOf(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><head></head><body><div id="root">${html}</div></body></html>`);
  return document.getElementById('root') as unknown as Element;
}

const PAGE =
  '<section id="a"><p id="p1">One</p><div id="b"><p id="p2">Two</p><ul id="u1"><li id="l1">x</li></ul></div></section>' +
  '<div id="c"><h2 id="h">Head</h2><p id="p3">Three</p><template id="t"><p id="inert">No</p></template></div>' +
  '<p id="p4">Four</p>';

const ids = (elements: ArrayLike<Element> | undefined) => Array.from(elements ?? [], (el) => el.id);
const tags = (...names: string[]) => new Set(names);

describe('Class: SubtreeIndex', () => {
  describe('Method: elementsUnder', () => {
    it.each([
      ['root', ['p']],
      ['root', ['p', 'div', 'li']],
      ['a', ['p', 'ul']],
      ['b', ['p', 'li']],
      ['c', ['p', 'template', 'h2']],
      ['p1', ['p']],
    ])('under #%s, tags %j: the elements querySelectorAll returns, in the same order', (at, names) => {
      const root = rootOf(PAGE);
      const node = at === 'root' ? root : root.querySelector(`#${at}`)!;
      const index = new SubtreeIndex(root);
      expect(ids(index.elementsUnder(node, tags(...names)))).toEqual(ids(node.querySelectorAll(names.join(','))));
    });

    it('leaves out what is inside a <template>, as querySelectorAll does', () => {
      const root = rootOf(PAGE);
      expect(ids(new SubtreeIndex(root).elementsUnder(root, tags('p')))).toEqual(['p1', 'p2', 'p3', 'p4']);
    });

    it('matches elements created with an upper-case name (Readability makes "DIV" and "P")', () => {
      const root = rootOf('<div id="x"></div>');
      const made = root.ownerDocument.createElement('P');
      made.id = 'made';
      root.querySelector('#x')!.appendChild(made);
      expect(ids(new SubtreeIndex(root).elementsUnder(root, tags('p')))).toEqual(['made']);
    });

    it('cannot answer for an element outside it or removed from it', () => {
      const root = rootOf(PAGE);
      const index = new SubtreeIndex(root.querySelector('#a')!);
      expect(index.elementsUnder(root.querySelector('#c')!, tags('p'))).toBeUndefined();
      const b = root.querySelector('#b')!;
      index.forget(b);
      expect(index.elementsUnder(b, tags('p'))).toBeUndefined();
    });
  });

  describe('Method: forget', () => {
    it('leaves a removed element and everything inside it out of later answers', () => {
      const root = rootOf(PAGE);
      const index = new SubtreeIndex(root);
      const b = root.querySelector('#b')!;
      b.remove();
      index.forget(b);
      expect(ids(index.elementsUnder(root, tags('p', 'li', 'div')))).toEqual(ids(root.querySelectorAll('p, li, div')));
      expect(ids(index.elementsUnder(root.querySelector('#a')!, tags('p')))).toEqual(['p1']);
    });
  });
});
