import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { closestWithTag } from '../../../lambdas/core/extract/ancestors';

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

describe('Function: closestWithTag', () => {
  const document = documentOf(
    '<html><body><UL id="list"><li><b id="in-list">x</b></li></UL><pre id="pre"><code id="code"><span id="token">y</span></code></pre><p id="plain">z</p></body></html>',
  );
  const byId = (id: string) => document.getElementById(id)!;

  it.each([
    ['in-list', 'ul, ol', new Set(['UL', 'OL'])],
    ['token', 'pre, code', new Set(['PRE', 'CODE'])],
    ['code', 'pre, code', new Set(['PRE', 'CODE'])],
    ['plain', 'ul, ol', new Set(['UL', 'OL'])],
    ['plain', 'p', new Set(['P'])],
    ['list', 'table', new Set(['TABLE'])],
  ])('finds for #%s what closest("%s") finds', (id, selector, tags) => {
    expect(closestWithTag(byId(id), tags)).toBe(byId(id).closest(selector));
  });

  it('starts from the element itself and accepts no element', () => {
    expect(closestWithTag(byId('code'), new Set(['CODE']))).toBe(byId('code'));
    expect(closestWithTag(byId('code').parentElement, new Set(['CODE']))).toBeNull();
    expect(closestWithTag(null, new Set(['P']))).toBeNull();
  });
});
