import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { measureText } from '../../../lambdas/core/extract/text-stats';

function bodyOf(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return document.body as unknown as Element;
}

describe('Function: measureText', () => {
  const body = bodyOf(
    '<div id="story"><p>Two words</p>\n  <p>See <a href="/x">the map</a> now</p><section><p>Deep <p>nested</p></p></section></div>' +
      '<ul id="menu"><li><a href="/a">Home</a></li><li><a href="/b">News</a></li></ul>',
  );
  const stats = measureText(body);
  const byId = (id: string) => stats.get(body.querySelector(`#${id}`)!)!;

  it('counts characters without whitespace, and those inside links apart', () => {
    expect(byId('story')).toMatchObject({ chars: 'TwowordsSeethemapnowDeepnested'.length, linkChars: 'themap'.length });
    expect(byId('menu')).toMatchObject({ chars: 'HomeNews'.length, linkChars: 'HomeNews'.length });
  });

  it('counts paragraph characters with whitespace, as the text of every <p> inside', () => {
    const paragraphs = [...body.querySelector('#story')!.querySelectorAll('p')];
    const expected = paragraphs.reduce((n, p) => n + (p.textContent ?? '').length, 0);
    expect(byId('story').paragraphChars).toBe(expected);
  });

  it('counts the elements inside each element, and the whole tree at the root', () => {
    expect(byId('menu').elements).toBe(4);
    expect(stats.get(body)!.elements).toBe(body.querySelectorAll('*').length);
  });

  it('agrees with textContent on every element of the tree', () => {
    for (const el of [body, ...body.querySelectorAll('*')]) {
      expect(stats.get(el)!.chars).toBe((el.textContent ?? '').replace(/\s+/g, '').length);
    }
  });

  it('reads whitespace as \\s does, Unicode spaces included, and nothing else', () => {
    const text = 'a\u00a0b\u2003c\u3000d\ufeffe\u2028f\tg\u000bh\u0085i\u200bj';
    const spaced = bodyOf(`<p id="s">${text}</p>`);
    expect(measureText(spaced).get(spaced)!.chars).toBe(text.replace(/\s/g, '').length);
    expect(measureText(spaced).get(spaced)!.chars).toBe(12);
  });
});
