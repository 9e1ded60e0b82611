import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collapseWrapperBoxes } from '../../../lambdas/core/extract/wrapper-boxes';

function bodyOf(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return document.body as unknown as Element;
}

describe('Function: collapseWrapperBoxes', () => {
  it('merges a chain of boxes that each hold only the next one into the innermost, with every class name', () => {
    const body = bodyOf(
      '<div class="container"><div class="row">\n  <section class="column"><div class="entry-content"><p>Story</p><p>More</p></div></section>\n</div></div>',
    );
    expect(collapseWrapperBoxes(body)).toBe(3);
    expect(body.innerHTML).toBe('<div class="container row column entry-content"><p>Story</p><p>More</p></div>');
  });

  it("keeps the inner box's id, and takes the wrapper's when the inner box has none", () => {
    const body = bodyOf(
      '<div id="outer"><div id="inner"><p>a</p><p>b</p></div></div><div id="only"><div><p>c</p><p>d</p></div></div>',
    );
    collapseWrapperBoxes(body);
    expect([...body.children].map((el) => el.id)).toEqual(['inner', 'only']);
  });

  it.each([
    ['text of its own', '<div>Note: <div><p>a</p></div></div>'],
    ['two children', '<div><div><p>a</p></div><div><p>b</p></div></div>'],
    ['a child that is not a box', '<div><ul><li>a</li></ul></div>'],
    ['a style', '<div style="display:none"><div><p>a</p></div></div>'],
    ['the hidden attribute', '<div hidden><div><p>a</p></div></div>'],
    ['aria-hidden', '<div aria-hidden="true"><div><p>a</p></div></div>'],
    ['a role', '<div role="complementary"><div><p>a</p></div></div>'],
    ['microdata', '<div itemprop="articleBody"><div><p>a</p></div></div>'],
  ])('leaves a wrapper with %s as it is', (_label, html) => {
    const body = bodyOf(html);
    expect(collapseWrapperBoxes(body)).toBe(0);
    expect(body.innerHTML).toBe(html);
  });

  it('collapses wrappers at every level of the tree, not only at the top', () => {
    const body = bodyOf(
      '<main><div><div class="a"><p>x</p><div><div class="b"><p>y</p><p>z</p></div></div></div></div></main>',
    );
    expect(collapseWrapperBoxes(body)).toBe(2);
    expect(body.innerHTML).toBe('<main><div class="a"><p>x</p><div class="b"><p>y</p><p>z</p></div></div></main>');
  });
});
