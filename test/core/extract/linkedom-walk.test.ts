import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  elementsNamed,
  elementsWhere,
  forEachElementIn,
  outermostWhere,
} from '../../../lambdas/core/extract/linkedom-walk';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtureDir = resolve(repoRoot, 'test/fixtures/extract/html');

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

/** Invented pages: templates (their content is skipped by selectors, not by getElementsByTagName), nesting, text between. */
const PAGES: Record<string, string> = {
  'templates, nested and empty elements': `<!doctype html><html><head><title>t</title><meta name="a" content="b"></head><body>
    <div class="a"><p>one <b>two</b></p><img src="x.png"><template><p>in template</p><img src="t.png"><template><pre>x</pre></template></template>
    <pre><span>code</span><br>more</pre><blockquote><p>q</p></blockquote></div><noscript><img src="n.png"></noscript><p></p></body></html>`,
  'text and comments around the root': `<!doctype html>\n<!-- c --><html><head></head><body>a<span>b</span>c</body></html>\n`,
};
const fixtures = Object.fromEntries(
  readdirSync(fixtureDir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, readFileSync(resolve(fixtureDir, name), 'utf8')]),
);

describe('Function: elementsWhere', () => {
  describe.each(Object.entries({ ...PAGES, ...fixtures }))('on %s', (_, html) => {
    const document = documentOf(html);

    it('finds what querySelectorAll finds, in its order (template content skipped)', () => {
      for (const root of [document, document.body, document.body.firstElementChild].filter(Boolean)) {
        const all = [...(root as ParentNode).querySelectorAll('*')];
        expect(elementsWhere(root as Element, () => true)).toEqual(all);
        const found = elementsWhere(root as Element, (el) => el.localName === 'p' || el.localName === 'img');
        expect(found).toEqual([...(root as ParentNode).querySelectorAll('p, img')]);
      }
    });

    it('finds what getElementsByTagName finds when asked into templates', () => {
      for (const name of ['p', 'img', 'meta', 'noscript', 'pre', 'template']) {
        expect(elementsNamed(document, name)).toEqual([...document.getElementsByTagName(name)]);
      }
    });
  });

  it('leaves the root out and finds nothing under an empty element', () => {
    const document = documentOf('<html><head></head><body><p></p></body></html>');
    const p = document.querySelector('p')!;
    expect(elementsWhere(p, () => true)).toEqual([]);
    expect(elementsWhere(document.body, () => true)).toEqual([p]);
  });
});

describe('Function: outermostWhere', () => {
  /** The elements that pass `test` with no passing element above them (up to `root`), found through linkedom's getters. */
  function outermostByGetters(root: ParentNode, test: (el: Element) => boolean, intoTemplates: boolean): Element[] {
    const found: Element[] = [];
    for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
      if (test(child)) found.push(child);
      else if (intoTemplates || child.localName !== 'template')
        found.push(...outermostByGetters(child, test, intoTemplates));
    }
    return found;
  }

  describe.each(Object.entries({ ...PAGES, ...fixtures }))('on %s', (_, html) => {
    const document = documentOf(html);

    it('finds the outermost matches in document order, into templates only when asked', () => {
      const tests = [
        (el: Element) => el.localName === 'div' || el.localName === 'p',
        (el: Element) => el.localName === 'template' || el.localName === 'img',
        (el: Element) => el.children.length > 0,
        () => false,
      ];
      for (const test of tests)
        for (const intoTemplates of [false, true])
          expect(outermostWhere(document.body, test, intoTemplates)).toEqual(
            outermostByGetters(document.body, test, intoTemplates),
          );
    });
  });

  it('never shows the test an element inside a match', () => {
    const document = documentOf('<html><body><div id="a"><p><b>x</b></p></div><p id="b"></p></body></html>');
    const seen: string[] = [];
    const found = outermostWhere(document.body, (el) => {
      seen.push(el.localName);
      return el.localName === 'div';
    });
    expect(found.map((el) => el.id)).toEqual(['a']);
    expect(seen).toEqual(['div', 'p']);
  });
});

describe('Function: forEachElementIn', () => {
  /** Each element (templates' content skipped) with the path of names from `root` down to it, found through the getters. */
  function pathsByGetters(root: ParentNode, above: string): string[] {
    const found: string[] = [];
    for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
      const path = `${above}/${child.localName}`;
      found.push(path);
      if (child.localName !== 'template') found.push(...pathsByGetters(child, path));
    }
    return found;
  }

  describe.each(Object.entries({ ...PAGES, ...fixtures }))('on %s', (_, html) => {
    const document = documentOf(html);

    it('hands each element the context its parent handed down, in document order', () => {
      for (const root of [document, document.body]) {
        const seen: string[] = [];
        forEachElementIn(root as Element, '', (el, above) => {
          seen.push(`${above}/${el.localName}`);
          return `${above}/${el.localName}`;
        });
        expect(seen).toEqual(pathsByGetters(root, ''));
      }
    });

    it('goes back to the outer context after a subtree that changed it, when most visits keep it', () => {
      const seen: string[] = [];
      // Only <div>s and <p>s hand down a context of their own: the walk must find where each one's subtree ends.
      forEachElementIn(document, '', (el, above) => {
        seen.push(`${above}/${el.localName}`);
        return el.localName === 'div' || el.localName === 'p' ? `${above}/${el.localName}` : above;
      });
      const byGetters: string[] = [];
      const visit = (parent: ParentNode, above: string) => {
        for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
          byGetters.push(`${above}/${child.localName}`);
          const inner = child.localName === 'div' || child.localName === 'p' ? `${above}/${child.localName}` : above;
          if (child.localName !== 'template') visit(child, inner);
        }
      };
      visit(document, '');
      expect(seen).toEqual(byGetters);
    });
  });
});
