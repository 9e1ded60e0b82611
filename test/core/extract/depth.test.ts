import { describe, expect, it } from 'vitest';
import { limitMarkupNesting, VOID_ELEMENTS } from '../../../lambdas/core/extract/depth';
import { seededSequence } from '../../helpers/seeded-sequence';

/** The depth check as it was written first, with the tag pattern's matches: the reference for the scan that replaced it. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(\/?)>/g;

function referenceOverflows(html: string, maxDepth: number): boolean {
  let depth = 0;
  for (const m of html.matchAll(TAG)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID_ELEMENTS.has(m[2]!.toLowerCase()) && ++depth > maxDepth) return true;
  }
  return false;
}

describe('Function: limitMarkupNesting, the depth check', () => {
  const pieces = [
    '<div>',
    '</div>',
    '<p class="a">',
    '<br>',
    '<IMG src=x>',
    '<span/>',
    '<a/ >',
    '</a/>',
    '<b <i>',
    '< div>',
    '<x-y:z>',
    '</>',
    'text',
    '<!-- c -->',
    '<p title="a>b">',
    '<',
    '>',
    '<svg/>',
    '<DIV>',
    '</DIV >',
  ];

  it('agrees with the tag pattern on pages built from awkward pieces', () => {
    const next = seededSequence(7);
    let checked = 0;
    let overflowing = 0;
    for (let page = 0; page < 400; page++) {
      const parts = Array.from({ length: 8 + (next() % 40) }, () => pieces[next() % pieces.length]);
      const html = parts.join('');
      for (const maxDepth of [1, 2, 3, 5]) {
        if (html.length < maxDepth * 3) continue;
        const expected = referenceOverflows(html, maxDepth);
        expect({ html, maxDepth, overflows: limitMarkupNesting(html, maxDepth) !== html }).toEqual({
          html,
          maxDepth,
          overflows: expected,
        });
        checked++;
        if (expected) overflowing++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(overflowing).toBeGreaterThan(100);
    expect(checked - overflowing).toBeGreaterThan(100);
  });
});
